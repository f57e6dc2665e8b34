package dev.parley.peer.datachannel;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.SimulatedNetwork.Conditions;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The data-channel suite's "maxRetransmits 0 channel opens" case between two of these stacks (I-DATA on
 * both ends, as java&lt;-&gt;java negotiates) on the impaired path the suite uses: 10 % loss and 50 ms each
 * way, in simulated time over many seeds. The offerer's channel is announced with a reliable
 * DATA_CHANNEL_OPEN on the channel's stream, and both ends send unreliable messages on that same ordered
 * stream as soon as the channel is open there (before or after the DATA_CHANNEL_ACK), so reliable DCEP
 * messages and abandoned user messages share the stream's MID sequence and the I-FORWARD-TSNs.
 */
public class UnreliableChannelOpenUnderLossTest {

    private static final int SEEDS = 500;
    /** The suite waits 20 s for the open; the association handshake under loss needs a few RTOs. */
    private static final long OPEN_WITHIN_MILLIS = 20_000;
    /** Over all seeds: I-FORWARD-TSN and DATA chunks seen on the wire (the test must exercise abandonment). */
    private static final AtomicLong I_FORWARD_TSNS = new AtomicLong();
    private static final AtomicLong DATA_CHUNKS = new AtomicLong();

    @DataProvider
    public Object[][] seeds() {
        Object[][] out = new Object[SEEDS][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Object[] {(long) i};
        }
        return out;
    }

    @Test(dataProvider = "seeds")
    public void aMaxRetransmitsZeroChannelOpensOnBothEndsAndItsDcepMessagesArrive(long seed) {
        Random r = new Random(seed);
        SctpOptions options = SctpOptions.builder().enableMessageInterleaving(true).build();
        // the offerer is the DTLS server (the answerer takes a=setup:active) half the time
        boolean offererIsDtlsClient = seed % 2 == 1;
        DataChannelEndpointTest.Node offerer = new DataChannelEndpointTest.Node(offererIsDtlsClient, options, seed * 7);
        DataChannelEndpointTest.Node answerer = new DataChannelEndpointTest.Node(!offererIsDtlsClient, options,
                seed * 7 + 1);
        DataChannelEndpointTest.Node[] nodes = {offerer, answerer};
        SimulatedNetwork net = new SimulatedNetwork(offerer, answerer, new Conditions(0.10, 50, 50, 0), seed);
        net.setTap((from, packet) -> countChunks(packet));
        DataChannelParameters unreliable = new DataChannelParameters("unreliable", "", true, 0, null, false, null,
                256);
        // as in the suite: created before negotiation, announced when the association comes up
        boolean createdBeforeConnect = seed % 3 != 0;
        int id = createdBeforeConnect ? offerer.endpoint.createChannel(unreliable, 0) : -1;
        offerer.endpoint.connect(0);
        answerer.endpoint.connect(0);
        if (!createdBeforeConnect) {
            assertTrue(net.runUntil(() -> offerer.names().contains("TransportConnected"), 60_000),
                    "seed " + seed + ": the association did not come up");
            id = offerer.endpoint.createChannel(unreliable, net.now());
        }
        final int channel = id;
        long createdAt = net.now();

        int[] handled = new int[2];
        long[] openedAt = {-1, -1};
        List<List<Long>> sent = List.of(new ArrayList<>(), new ArrayList<>());
        long[] next = {0};
        Runnable sendWhatIsDue = () -> {
            for (int side = 0; side < 2; side++) {
                DataChannelEndpointTest.Node n = nodes[side];
                for (; handled[side] < n.events.size(); handled[side]++) {
                    if (n.events.get(handled[side]) instanceof DataChannelEvent.ChannelOpened o
                            && o.streamId() == channel && openedAt[side] < 0) {
                        openedAt[side] = net.now();
                        // a burst right away, some of it fragmented, while the DCEP exchange is under way
                        for (int i = 0; i < 4 + r.nextInt(12); i++) {
                            long msg = ++next[0];
                            int size = r.nextInt(5) == 0 ? 2500 + r.nextInt(3000) : 8 + r.nextInt(200);
                            byte[] payload = new byte[size];
                            ByteBuffer.wrap(payload).putLong(msg);
                            if (n.endpoint.sendBinary(channel, payload, net.now())
                                    == dev.parley.peer.sctp.association.SendStatus.QUEUED) {
                                sent.get(side).add(msg);
                            }
                        }
                    }
                }
            }
        };
        boolean opened = net.runUntil(() -> {
            sendWhatIsDue.run();
            return openedAt[0] >= 0 && openedAt[1] >= 0;
        }, 60_000);
        assertTrue(opened, "seed " + seed + ": opened at offerer " + openedAt[0] + ", answerer " + openedAt[1]
                + "; offerer " + offerer.endpoint.association().stats() + ", answerer "
                + answerer.endpoint.association().stats());
        assertTrue(openedAt[0] - createdAt <= OPEN_WITHIN_MILLIS || createdBeforeConnect,
                "seed " + seed + ": the offerer's channel opened " + (openedAt[0] - createdAt) + " ms after creation");
        assertTrue(openedAt[1] - createdAt <= OPEN_WITHIN_MILLIS + (createdBeforeConnect ? 10_000 : 0),
                "seed " + seed + ": the answerer saw the channel " + (openedAt[1] - createdAt) + " ms after creation");
        for (DataChannelEndpointTest.Node n : nodes) {
            assertEquals(n.endpoint.parameters(channel).maxRetransmits(), Integer.valueOf(0), "seed " + seed);
            assertEquals(n.endpoint.state(channel), RTCDataChannelState.OPEN, "seed " + seed);
        }
        // every reliable DCEP message (OPEN one way, ACK the other) is acknowledged or the data would pend;
        // the unreliable ones are abandoned and forwarded past
        boolean settled = net.runUntil(() -> {
            sendWhatIsDue.run();
            return !offerer.endpoint.association().hasPendingData() && !answerer.endpoint.association().hasPendingData();
        }, 120_000);
        assertTrue(settled, "seed " + seed + ": data still pending; offerer " + offerer.endpoint.association().stats()
                + ", answerer " + answerer.endpoint.association().stats());
        for (int side = 0; side < 2; side++) {
            assertFalse(nodes[side].names().contains("TransportClosed"), "seed " + seed + ": " + nodes[side].names());
            // ordered and partially reliable: a subsequence of what was sent, never duplicated or reordered
            List<Long> got = new ArrayList<>();
            for (DataChannelEvent.MessageReceived m : nodes[1 - side].messages()) {
                if (m.streamId() == channel) {
                    got.add(ByteBuffer.wrap(m.data()).getLong());
                }
            }
            List<Long> mine = sent.get(side);
            int at = 0;
            for (long msg : got) {
                while (at < mine.size() && mine.get(at) != msg) {
                    at++;
                }
                assertTrue(at < mine.size(), "seed " + seed + ": side " + side + " sent " + mine + ", peer got " + got);
                at++;
            }
        }
    }

    @Test(dependsOnMethods = "aMaxRetransmitsZeroChannelOpensOnBothEndsAndItsDcepMessagesArrive")
    public void theSeedsAbandonedMessagesAndForwardedPastThemWithIForwardTsn() {
        assertTrue(I_FORWARD_TSNS.get() > 0, "no I-FORWARD-TSN in " + SEEDS + " seeds: abandonment not exercised");
        assertEquals(DATA_CHUNKS.get(), 0L, "DATA chunks seen although both ends negotiated I-DATA");
    }

    /** Walks the chunks of an SCTP packet (12-byte common header, then type, flags, length, padded to 4). */
    private static void countChunks(byte[] packet) {
        int at = 12;
        while (at + 4 <= packet.length) {
            int type = packet[at] & 0xff;
            int length = ((packet[at + 2] & 0xff) << 8) | (packet[at + 3] & 0xff);
            if (type == 194) {
                I_FORWARD_TSNS.incrementAndGet();
            } else if (type == 0) {
                DATA_CHUNKS.incrementAndGet();
            }
            if (length < 4) {
                return;
            }
            at += (length + 3) & ~3;
        }
    }
}
