package dev.parley.harness.peer;

/**
 * For benchmarks: bulk data-channel sends with bounded buffering, and byte counters on the
 * receiving side instead of per-message digests. Peers that can be benchmarked implement it.
 */
public interface BulkTransfer {

    /** Sends {@code total} bytes as binary messages of {@code chunk} bytes; returns once all are queued. */
    void sendBulk(String handle, long total, int chunk);

    /** From now on the channel only counts what it receives (no digests kept). */
    void countOnly(String handle);

    ChannelCounters counters(String handle);

    /**
     * @param bytes   bytes received so far
     * @param count   messages received so far
     * @param firstAt peer time (ms) of the first message, null before
     * @param lastAt  peer time (ms) of the latest message, null before
     */
    record ChannelCounters(long bytes, long count, Double firstAt, Double lastAt) {
    }
}
