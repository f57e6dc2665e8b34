package dev.parley.harness.impair;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kernel rate limit (tbf, one of the few qdiscs this kernel has) on both ends of the veth between
 * this namespace and the {@link SecondHost}: ct0's egress limits traffic towards the second host,
 * ct1's egress the traffic back. It only affects traffic that really crosses the veth, i.e. between a
 * process here and one in the second host; peers that both live in this namespace talk over lo, so
 * for browsers the rate limit of {@link ImpairedPath} (in the forwarder) is the one that applies.
 * Never on lo: with lo's 64 KiB MTU tbf drops the WebDriver traffic and kills the browser sessions.
 */
public final class RateLimit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimit.class);
    /** tbf's queue size, as time: a packet that would wait longer than this is dropped. */
    static final String LATENCY = "50ms";
    private static final long MIN_BURST_BYTES = 16 * 1024;

    private final SecondHost host;
    private final long bitsPerSecond;
    private boolean removed;

    private RateLimit(SecondHost host, long bitsPerSecond) {
        this.host = host;
        this.bitsPerSecond = bitsPerSecond;
    }

    /** Limits the traffic between this namespace and the second host to {@code bitsPerSecond} each way. */
    public static RateLimit betweenHosts(long bitsPerSecond, SecondHost host) {
        if (bitsPerSecond < 8_000) {
            throw new IllegalArgumentException("rate must be at least 8kbit, not " + bitsPerSecond + " bit/s");
        }
        TestNetwork.require(System.getenv(), "RateLimit");
        RateLimit limit = new RateLimit(host, bitsPerSecond);
        try {
            Shell.check(tbf(SecondHost.LOCAL_DEVICE, bitsPerSecond));
            Shell.check(host.command(tbf(SecondHost.DEVICE, bitsPerSecond).toArray(String[]::new)));
        } catch (RuntimeException e) {
            limit.close();
            throw new IllegalStateException("cannot rate-limit the veth with tbf: " + e.getMessage(), e);
        }
        LOG.info("tbf {} bit/s on {} and {} (second host)", bitsPerSecond, SecondHost.LOCAL_DEVICE, SecondHost.DEVICE);
        return limit;
    }

    /** The burst must hold at least a few full packets and ~10 ms of traffic, or tbf starves. */
    private static List<String> tbf(String device, long bitsPerSecond) {
        long burst = Math.max(MIN_BURST_BYTES, bitsPerSecond / 8 / 100);
        return new ArrayList<>(List.of("tc", "qdisc", "replace", "dev", device, "root", "tbf",
                "rate", bitsPerSecond + "bit", "burst", Long.toString(burst), "latency", LATENCY));
    }

    public long bitsPerSecond() {
        return bitsPerSecond;
    }

    /** Removes both qdiscs, leaving the veth's default queue. */
    @Override
    public void close() {
        if (removed) {
            return;
        }
        removed = true;
        remove(List.of("tc", "qdisc", "del", "dev", SecondHost.LOCAL_DEVICE, "root"));
        remove(host.command("tc", "qdisc", "del", "dev", SecondHost.DEVICE, "root"));
    }

    private static void remove(List<String> command) {
        Shell.Result result = Shell.run(command);
        if (!result.ok()) {
            LOG.warn("{}: {}", String.join(" ", command), result.output());
        }
    }
}
