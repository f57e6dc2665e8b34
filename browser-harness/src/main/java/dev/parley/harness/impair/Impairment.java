package dev.parley.harness.impair;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a network path does to the packets crossing it, each way: random loss, a fixed delay with
 * optional jitter, random reordering and a rate limit. Written as a spec string such as
 * {@code loss=10%,delay=50ms,jitter=5ms,reorder=5%,rate=8mbit,seed=42}; every key is optional and
 * {@link #toString()} gives back the canonical spec, which {@link #parse} reads to an equal value.
 *
 * <p>Units: loss and reorder in percent (0-100, decimals allowed); delay and jitter in ms or s;
 * rate in bit, kbit, mbit or gbit per second (tc's units; 1 kbit = 1000 bit); seed a long, the
 * seed of the random loss, jitter and reorder decisions, so a run can be repeated.
 */
public final class Impairment {
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)%");
    private static final Pattern TIME = Pattern.compile("(\\d+)(ms|s)");
    private static final Pattern RATE = Pattern.compile("(\\d+)(bit|kbit|mbit|gbit)");
    private static final List<String> KEYS = List.of("loss", "delay", "jitter", "reorder", "rate", "seed");
    private static final long DEFAULT_SEED = 1;

    private final double lossPercent;
    private final Duration delay;
    private final Duration jitter;
    private final double reorderPercent;
    private final long rateBitsPerSecond;
    private final long seed;

    private Impairment(double lossPercent, Duration delay, Duration jitter, double reorderPercent,
            long rateBitsPerSecond, long seed) {
        this.lossPercent = lossPercent;
        this.delay = delay;
        this.jitter = jitter;
        this.reorderPercent = reorderPercent;
        this.rateBitsPerSecond = rateBitsPerSecond;
        this.seed = seed;
    }

    /** A path that forwards every packet at once, in order, at any rate. */
    public static Impairment none() {
        return new Impairment(0, Duration.ZERO, Duration.ZERO, 0, 0, DEFAULT_SEED);
    }

    /**
     * Reads a spec such as {@code loss=10%,delay=50ms}. An empty or blank spec is {@link #none()}.
     *
     * @throws IllegalArgumentException naming the offending part and the expected form
     */
    public static Impairment parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        Impairment result = none();
        Set<String> seen = new LinkedHashSet<>();
        if (spec.isBlank()) {
            return result;
        }
        for (String part : spec.split(",", -1)) {
            String item = part.trim().toLowerCase(Locale.ROOT);
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw bad(spec, "'" + part.trim() + "' is not key=value");
            }
            String key = item.substring(0, eq).trim();
            String value = item.substring(eq + 1).trim();
            if (!KEYS.contains(key)) {
                throw bad(spec, "unknown key '" + key + "'; keys: " + String.join(", ", KEYS));
            }
            if (!seen.add(key)) {
                throw bad(spec, "'" + key + "' given twice");
            }
            result = result.with(spec, key, value);
        }
        if (!result.jitter.isZero() && result.jitter.compareTo(result.delay) > 0) {
            throw bad(spec, "jitter " + millis(result.jitter) + " exceeds delay " + millis(result.delay)
                    + " (the delay minus the jitter must not be negative)");
        }
        return result;
    }

    private Impairment with(String spec, String key, String value) {
        return switch (key) {
            case "loss" -> new Impairment(percent(spec, key, value), delay, jitter, reorderPercent, rateBitsPerSecond, seed);
            case "delay" -> new Impairment(lossPercent, time(spec, key, value), jitter, reorderPercent, rateBitsPerSecond, seed);
            case "jitter" -> new Impairment(lossPercent, delay, time(spec, key, value), reorderPercent, rateBitsPerSecond, seed);
            case "reorder" -> new Impairment(lossPercent, delay, jitter, percent(spec, key, value), rateBitsPerSecond, seed);
            case "rate" -> new Impairment(lossPercent, delay, jitter, reorderPercent, rate(spec, value), seed);
            default -> new Impairment(lossPercent, delay, jitter, reorderPercent, rateBitsPerSecond, seed(spec, value));
        };
    }

    private static double percent(String spec, String key, String value) {
        Matcher m = PERCENT.matcher(value);
        if (!m.matches()) {
            throw bad(spec, key + " '" + value + "' is not a percentage such as 10% or 0.5%");
        }
        double percent = Double.parseDouble(m.group(1));
        if (percent > 100) {
            throw bad(spec, key + " " + value + " is over 100%");
        }
        return percent;
    }

    private static Duration time(String spec, String key, String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            throw bad(spec, key + " '" + value + "' is not a time such as 50ms or 1s");
        }
        long amount = Long.parseLong(m.group(1));
        Duration time = m.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
        if (time.compareTo(Duration.ofSeconds(60)) > 0) {
            throw bad(spec, key + " " + value + " is over 60 s");
        }
        return time;
    }

    private static long rate(String spec, String value) {
        Matcher m = RATE.matcher(value);
        if (!m.matches()) {
            throw bad(spec, "rate '" + value + "' is not a rate such as 500kbit or 8mbit");
        }
        long multiplier = switch (m.group(2)) {
            case "kbit" -> 1_000L;
            case "mbit" -> 1_000_000L;
            case "gbit" -> 1_000_000_000L;
            default -> 1L;
        };
        long bits = Math.multiplyExact(Long.parseLong(m.group(1)), multiplier);
        if (bits < 8_000) {
            throw bad(spec, "rate " + value + " is under 8kbit (one 1200-byte packet a second)");
        }
        return bits;
    }

    private static long seed(String spec, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad(spec, "seed '" + value + "' is not a whole number");
        }
    }

    private static IllegalArgumentException bad(String spec, String why) {
        return new IllegalArgumentException("bad impairment spec '" + spec + "': " + why
                + " (expected e.g. loss=10%,delay=50ms,jitter=5ms,reorder=5%,rate=8mbit,seed=42)");
    }

    public double lossPercent() {
        return lossPercent;
    }

    public Duration delay() {
        return delay;
    }

    public Duration jitter() {
        return jitter;
    }

    public double reorderPercent() {
        return reorderPercent;
    }

    /** Bits per second each way; 0 means unlimited. */
    public long rateBitsPerSecond() {
        return rateBitsPerSecond;
    }

    public long seed() {
        return seed;
    }

    public boolean isNone() {
        return lossPercent == 0 && delay.isZero() && jitter.isZero() && reorderPercent == 0 && rateBitsPerSecond == 0;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (lossPercent > 0) {
            parts.add("loss=" + percentText(lossPercent));
        }
        if (!delay.isZero()) {
            parts.add("delay=" + millis(delay));
        }
        if (!jitter.isZero()) {
            parts.add("jitter=" + millis(jitter));
        }
        if (reorderPercent > 0) {
            parts.add("reorder=" + percentText(reorderPercent));
        }
        if (rateBitsPerSecond > 0) {
            parts.add("rate=" + rateText(rateBitsPerSecond));
        }
        if (seed != DEFAULT_SEED) {
            parts.add("seed=" + seed);
        }
        return String.join(",", parts);
    }

    private static String percentText(double percent) {
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
    }

    private static String millis(Duration d) {
        return d.toMillis() + "ms";
    }

    private static String rateText(long bits) {
        if (bits % 1_000_000_000L == 0) {
            return bits / 1_000_000_000L + "gbit";
        }
        if (bits % 1_000_000L == 0) {
            return bits / 1_000_000L + "mbit";
        }
        return bits % 1_000L == 0 ? bits / 1_000L + "kbit" : bits + "bit";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Impairment other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
