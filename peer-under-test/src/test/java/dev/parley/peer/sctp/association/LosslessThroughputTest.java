package dev.parley.peer.sctp.association;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.RecordingEndpoint;
import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.SimulatedNetwork.Conditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * Bulk transfer between two associations over a simulated lossless link with 1 ms one-way delay, the
 * sender keeping its send queue topped up as an application watching bufferedAmount does: the data
 * arrives within a simulated-time bound derived from the receiver window and the RTT, and nothing is
 * ever retransmitted (no T3-rtx expiry, no fast retransmit). Guards against stalls such as a missing
 * window update, spurious T3-rtx expiries collapsing cwnd, or delayed-SACK waits per round trip.
 */
public class LosslessThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(LosslessThroughputTest.class);

    private static final long ONE_WAY_DELAY_MILLIS = 1;
    private static final int MESSAGE_BYTES = 64 * 1024;
    private static final long BUFFER_HIGH = 4L * 1024 * 1024;
    private static final int STREAM = 1;
    private static final int PPID_BINARY = 53;

    /**
     * The simulated time a lossless transfer of {@code bytes} may take, with a margin of 4: slow start
     * from the initial cwnd (RFC 9260 section 7.2.1) up to the receiver window, growing by at most one
     * MTU per SACK with a SACK every second packet (a factor of 1.5 per RTT), then a window per RTT. A
     * single T3-rtx expiry (RTO.Min = 400 ms) or a delayed-SACK wait per round trip exceeds it.
     */
    public static long boundMillis(long bytes, SctpOptions o, long rttMillis) {
        double window = o.maxReceiverWindowBytes;
        double initialCwnd = Math.min(4.0 * o.mtu, Math.max(2.0 * o.mtu, 4380));
        long slowStartRtts = (long) Math.ceil(Math.log(window / initialCwnd) / Math.log(1.5));
        long windowRtts = (long) Math.ceil(bytes / window);
        return 4 * rttMillis * (slowStartRtts + windowRtts + 2);
    }

    /** The sender: tops its stream up to {@link #BUFFER_HIGH} whenever the network loop drains events. */
    private static final class BulkSender extends RecordingEndpoint {
        private final long total;
        private long queued;

        BulkSender(SctpOptions options, long total) {
            super(options, 11, "sender");
            this.total = total;
        }

        void start(long now) {
            drainEvents(now);
        }

        @Override
        public boolean drainEvents(long now) {
            boolean any = super.drainEvents(now);
            if (!association().state().carriesData() || !has(SctpEvent.Connected.class)) {
                return any;
            }
            while (queued < total && association().bufferedAmount(STREAM) < BUFFER_HIGH) {
                SendStatus s = association().send(STREAM, PPID_BINARY, new byte[MESSAGE_BYTES],
                        SendOptions.RELIABLE_ORDERED, now);
                assertEquals(s, SendStatus.QUEUED);
                queued += MESSAGE_BYTES;
                any = true;
            }
            return any;
        }
    }

    @DataProvider
    public Object[][] dataChunkKinds() {
        return new Object[][] {{true}, {false}};
    }

    @Test(dataProvider = "dataChunkKinds")
    public void sixteenMebibytesArriveWithinTheWindowBoundAndNothingIsRetransmitted(boolean interleaving) {
        SctpOptions options = SctpOptions.builder().enableMessageInterleaving(interleaving).build();
        long total = 16L * 1024 * 1024;
        BulkSender sender = new BulkSender(options, total);
        Receiver receiver = new Receiver(options);
        SimulatedNetwork net = new SimulatedNetwork(sender, receiver,
                new Conditions(0, ONE_WAY_DELAY_MILLIS, ONE_WAY_DELAY_MILLIS, 0), 13);
        sender.association().connect(0);
        receiver.association().connect(0);
        assertTrue(net.runUntil(() -> sender.has(SctpEvent.Connected.class)
                && receiver.has(SctpEvent.Connected.class), 10_000), "not connected");
        assertEquals(sender.association().capabilities().messageInterleaving(), interleaving);

        long start = net.now();
        long bound = boundMillis(total, options, 2 * ONE_WAY_DELAY_MILLIS);
        sender.start(start);
        boolean arrived = net.runUntil(() -> receiver.bytes >= total, 60_000);
        long took = net.now() - start;

        SctpStats tx = sender.association().stats();
        SctpStats rx = receiver.association().stats();
        String diag = receiver.bytes + "/" + total + " bytes after " + took + " simulated ms (bound "
                + bound + " ms); sender " + tx + "; receiver " + rx;
        LOG.info("{}", diag);
        assertTrue(arrived, "stalled: " + diag);
        assertTrue(took <= bound, "too slow: " + diag);
        assertEquals(receiver.messages.size(), (int) (total / MESSAGE_BYTES), diag);
        assertEquals(tx.t3Expirations(), 0, "T3-rtx expired on a lossless link: " + diag);
        assertEquals(tx.fastRetransmissions(), 0, "fast retransmit on a lossless link: " + diag);
        assertEquals(tx.retransmittedChunks(), 0, "retransmission on a lossless link: " + diag);
        assertEquals(rx.t3Expirations(), 0, diag);
        assertEquals(rx.retransmittedChunks(), 0, diag);
        assertTrue(tx.congestionWindow() > options.maxReceiverWindowBytes / 2, "cwnd did not open: " + diag);
    }

    /** The receiver: counts the bytes delivered to it. */
    private static final class Receiver extends RecordingEndpoint {
        long bytes;

        Receiver(SctpOptions options) {
            super(options, 12, "receiver");
        }

        @Override
        public void onEvent(SctpEvent event) {
            super.onEvent(event);
            if (event instanceof SctpEvent.MessageReceived m) {
                bytes += m.payload().length;
            }
        }
    }
}
