package dev.parley.harness.java;

import dev.parley.peer.api.EventListener;
import dev.parley.peer.datachannel.RTCDataChannel;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Bulk sending with bounded buffering, like an application (and the agent page's sendBulk): messages go
 * out while bufferedAmount is at most {@link #HIGH}; above it the sender waits for "bufferedamountlow",
 * whose threshold is {@link #LOW}.
 */
final class BulkSender {

    static final long HIGH = 4L * 1024 * 1024;
    static final long LOW = 1024 * 1024;
    /** A bound on one wait, in case an event and the check cross; the event normally ends the wait. */
    private static final long MAX_WAIT_MILLIS = 100;

    private final RTCDataChannel channel;
    private final Object signal = new Object();

    BulkSender(RTCDataChannel channel) {
        this.channel = channel;
    }

    void send(long total, int chunk, Consumer<byte[]> sendOne) throws InterruptedException {
        byte[] data = new byte[chunk];
        EventListener wake = e -> {
            synchronized (signal) {
                signal.notifyAll();
            }
        };
        channel.setBufferedAmountLowThreshold(LOW);
        channel.addEventListener("bufferedamountlow", wake);
        try {
            long sent = 0;
            while (sent < total) {
                synchronized (signal) {
                    if (channel.bufferedAmount() > HIGH) {
                        signal.wait(MAX_WAIT_MILLIS);
                        continue;
                    }
                }
                int n = (int) Math.min(chunk, total - sent);
                sendOne.accept(n == chunk ? data : Arrays.copyOf(data, n));
                sent += n;
            }
        } finally {
            channel.removeEventListener("bufferedamountlow", wake);
        }
    }
}
