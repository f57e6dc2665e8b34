package dev.parley.peer.datachannel;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.SimulatedNetwork.Conditions;
import dev.parley.peer.sctp.association.LosslessThroughputTest;
import dev.parley.peer.sctp.association.SctpStats;
import dev.parley.peer.sctp.association.SendStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

/**
 * The browser-harness benchmark's scenario on simulated time: one reliable ordered channel from the DTLS
 * client to the DTLS server over a lossless link with 1 ms one-way delay, 64 KiB binary messages sent
 * while bufferedAmount stays under 4 MiB. The bytes arrive within a bound derived from the receiver
 * window and RTT, and no T3-rtx expiry or retransmission happens.
 */
public class DataChannelThroughputTest {
    private static final Logger LOG = LoggerFactory.getLogger(DataChannelThroughputTest.class);
    private static final long ONE_WAY_DELAY_MILLIS = 1;
    private static final int MESSAGE_BYTES = 64 * 1024;
    private static final long BUFFER_HIGH = 4L * 1024 * 1024;

    /** One end of the channel on the simulated network; the sender tops bufferedAmount up as events drain. */
    private static final class Side extends SimulatedChannelEnd {
        boolean connected;
        boolean opened;
        long receivedBytes;
        int receivedMessages;
        int stream = -1;
        long toSend;

        Side(boolean dtlsClient, SctpOptions options, long seed) {
            super(dtlsClient, options, seed);
        }

        @Override
        void onEvent(DataChannelEvent event) {
            if (event instanceof DataChannelEvent.TransportConnected) {
                connected = true;
            } else if (event instanceof DataChannelEvent.ChannelOpened) {
                opened = true;
            } else if (event instanceof DataChannelEvent.MessageReceived m) {
                receivedBytes += m.data().length;
                receivedMessages++;
            }
        }

        @Override
        boolean afterEvents(long now) {
            boolean any = false;
            while (toSend > 0 && endpoint.bufferedAmount(stream) < BUFFER_HIGH) {
                assertEquals(endpoint.sendBinary(stream, new byte[MESSAGE_BYTES], now), SendStatus.QUEUED);
                toSend -= MESSAGE_BYTES;
                any = true;
            }
            return any;
        }
    }

    @Test
    public void sixteenMebibytesOnOneChannelArriveWithinTheWindowBoundWithoutRetransmissions() {
        SctpOptions options = SctpOptions.defaults();
        long total = 16L * 1024 * 1024;
        Side client = new Side(true, options, 21);
        Side server = new Side(false, options, 22);
        SimulatedNetwork net = new SimulatedNetwork(client, server,
                new Conditions(0, ONE_WAY_DELAY_MILLIS, ONE_WAY_DELAY_MILLIS, 0), 23);
        client.endpoint.connect(0);
        server.endpoint.connect(0);
        assertTrue(net.runUntil(() -> client.connected && server.connected, 10_000), "not connected");
        client.stream = client.endpoint.createChannel(DataChannelParameters.reliable("bulk"), net.now());
        assertTrue(net.runUntil(() -> server.opened, 10_000), "channel not announced");

        long start = net.now();
        long bound = LosslessThroughputTest.boundMillis(total, options, 2 * ONE_WAY_DELAY_MILLIS);
        client.toSend = total;
        client.drainEvents(start);
        boolean arrived = net.runUntil(() -> server.receivedBytes >= total, 60_000);
        long took = net.now() - start;

        SctpStats tx = client.association.stats();
        String diag = server.receivedBytes + "/" + total + " bytes after " + took + " simulated ms (bound " + bound
                + " ms); sender " + tx + "; receiver " + server.association.stats();
        LOG.info("{}", diag);
        assertTrue(arrived, "stalled: " + diag);
        assertTrue(took <= bound, "too slow: " + diag);
        assertEquals(server.receivedMessages, (int) (total / MESSAGE_BYTES), diag);
        assertEquals(client.endpoint.bufferedAmount(client.stream), 0, diag);
        assertEquals(tx.t3Expirations(), 0, "T3-rtx expired on a lossless link: " + diag);
        assertEquals(tx.retransmittedChunks(), 0, "retransmission on a lossless link: " + diag);
        assertEquals(server.association.stats().t3Expirations(), 0, diag);
    }
}
