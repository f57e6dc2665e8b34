package dev.parley.peer.sctp.timer;

/**
 * A deadline with an expiry counter, for the sans-I/O core: nothing fires by itself; the owner asks
 * {@link #isDue(long)} when the driver reports the time, then decides to restart or stop. Restarts
 * after expiry back off exponentially (RFC 9260 section 6.3.3 E2) up to a cap.
 */
public final class Timer {
    public static final long NOT_RUNNING = Long.MAX_VALUE;

    private final String name;
    private long baseDurationMillis;
    private long deadline = NOT_RUNNING;
    private int expirations;

    public Timer(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Starts fresh: forgets previous expirations. */
    public void start(long now, long durationMillis) {
        baseDurationMillis = durationMillis;
        expirations = 0;
        deadline = now + durationMillis;
    }

    /** Starts only when not running (keeps an earlier deadline). */
    public void startIfStopped(long now, long durationMillis) {
        if (!isRunning()) {
            start(now, durationMillis);
        }
    }

    /**
     * Runs again after an expiry, for the base duration doubled once per expiry so far, capped at
     * {@code maxMillis}.
     */
    public void restartWithBackoff(long now, long maxMillis) {
        long d = baseDurationMillis;
        for (int i = 0; i < expirations && d < maxMillis; i++) {
            d *= 2;
        }
        deadline = now + Math.min(d, maxMillis);
    }

    public void stop() {
        deadline = NOT_RUNNING;
        expirations = 0;
    }

    public boolean isRunning() {
        return deadline != NOT_RUNNING;
    }

    public boolean isDue(long now) {
        return deadline != NOT_RUNNING && now >= deadline;
    }

    /** Marks one expiry: the timer stops and counts it; the owner may restart it. */
    public int expire() {
        deadline = NOT_RUNNING;
        return ++expirations;
    }

    public int expirations() {
        return expirations;
    }

    public long deadline() {
        return deadline;
    }

    @Override
    public String toString() {
        return name + (isRunning() ? "@" + deadline : "(stopped)") + "#" + expirations;
    }
}
