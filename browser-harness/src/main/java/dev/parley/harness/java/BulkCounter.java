package dev.parley.harness.java;

import dev.parley.harness.peer.BulkTransfer.ChannelCounters;

/** What a channel in count-only mode received: bytes, messages, and when the first and latest came. */
final class BulkCounter {

    private long bytes;
    private long count;
    private Double firstAt;
    private Double lastAt;

    synchronized void add(int length, double at) {
        bytes += length;
        count++;
        if (firstAt == null) {
            firstAt = at;
        }
        lastAt = at;
    }

    synchronized ChannelCounters snapshot() {
        return new ChannelCounters(bytes, count, firstAt, lastAt);
    }
}
