package dev.parley.harness.relay;

/**
 * The two clocks every relayed message is stamped with: wall-clock time for the report, and a
 * monotonic reading for ordering and intervals that survive wall-clock jumps.
 */
public interface RelayClock {

    /** The system clocks: {@link System#currentTimeMillis()} and {@link System#nanoTime()}. */
    RelayClock SYSTEM = new RelayClock() {
        @Override
        public long epochMillis() {
            return System.currentTimeMillis();
        }

        @Override
        public long monotonicNanos() {
            return System.nanoTime();
        }
    };

    long epochMillis();

    long monotonicNanos();
}
