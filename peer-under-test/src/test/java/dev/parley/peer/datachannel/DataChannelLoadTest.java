package dev.parley.peer.datachannel;

import static dev.parley.peer.datachannel.ConnectionPair.awaitState;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.api.MessageEvent;
import dev.parley.peer.api.RTCDataChannelInit;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

/**
 * Java to Java over real ICE, DTLS and SCTP: bulk throughput (64 MiB in 64 KiB messages, with bounded
 * buffering) and 1,000 channel open/close cycles on one connection without heap growth.
 */
public class DataChannelLoadTest {

    private static final Logger LOG = LoggerFactory.getLogger(DataChannelLoadTest.class);
    private static final long BULK = 64L * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;
    private static final long HIGH = 4L * 1024 * 1024;
    private static final int CYCLES = 1000;

    @Test(description = "64 MiB in 64 KiB binary messages arrive whole, sent while bufferedAmount stays under 4 MiB")
    public void sixtyFourMebibytesInSixtyFourKibibyteMessages() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            RTCDataChannel local = pair.offerer.create("bulk", RTCDataChannelInit.DEFAULT);
            pair.negotiate();
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = pair.answerer.nextReceived();
            pair.answerer.forget(remote);
            AtomicLong bytes = new AtomicLong();
            AtomicLong count = new AtomicLong();
            remote.addEventListener("message", e -> {
                bytes.addAndGet(((MessageEvent) e).bytes().length);
                count.incrementAndGet();
            });
            Object signal = new Object();
            local.setBufferedAmountLowThreshold(HIGH / 4);
            local.addEventListener("bufferedamountlow", e -> {
                synchronized (signal) {
                    signal.notifyAll();
                }
            });
            byte[] chunk = RTCDataChannelPairTest.payload(CHUNK);
            long started = System.nanoTime();
            for (long sent = 0; sent < BULK; ) {
                synchronized (signal) {
                    if (local.bufferedAmount() > HIGH) {
                        signal.wait(100);
                        continue;
                    }
                }
                local.send(chunk);
                sent += CHUNK;
            }
            ConnectionPair.await("64 MiB received", () -> bytes.get() >= BULK);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("java->java throughput: {} MiB in {} s = {} MB/s ({} messages)", BULK >> 20,
                    String.format("%.2f", seconds), String.format("%.1f", BULK / 1e6 / seconds), count.get());
            assertEquals(bytes.get(), BULK);
            assertEquals(count.get(), BULK / CHUNK);
        }
    }

    @Test(description = "1,000 open/close cycles on one connection, closed from alternating sides, leave the heap "
            + "bounded (loosely: below twice the warm heap plus 16 MiB)")
    public void aThousandOpenCloseCyclesKeepTheHeapBounded() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            pair.offerer.create("bootstrap", RTCDataChannelInit.DEFAULT);
            pair.negotiate();
            pair.answerer.forget(pair.answerer.nextReceived());
            cycles(pair, 50);
            long warm = heapAfterGc();
            long started = System.nanoTime();
            cycles(pair, CYCLES);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long after = heapAfterGc();
            LOG.info("{} open/close cycles in {} ms ({} ms each); heap after GC: {} KiB warm, {} KiB after",
                    CYCLES, millis, String.format("%.1f", millis / (double) CYCLES), warm >> 10, after >> 10);
            assertTrue(after < 2 * warm + 16L * 1024 * 1024, "heap grew from " + warm + " to " + after);
            assertEquals(pair.offerer.pc.getStats().get().ofType("data-channel").size(), 1, "only the bootstrap");
        }
    }

    private static void cycles(ConnectionPair pair, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            boolean fromOfferer = i % 2 == 0;
            ConnectionPair.Side opener = fromOfferer ? pair.offerer : pair.answerer;
            ConnectionPair.Side other = fromOfferer ? pair.answerer : pair.offerer;
            RTCDataChannel local = opener.create("cycle" + i, RTCDataChannelInit.DEFAULT);
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = other.nextReceived();
            awaitState(remote, RTCDataChannelState.OPEN);
            (i % 3 == 0 ? remote : local).close();
            awaitState(local, RTCDataChannelState.CLOSED);
            awaitState(remote, RTCDataChannelState.CLOSED);
            opener.forget(local);
            other.forget(remote);
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
