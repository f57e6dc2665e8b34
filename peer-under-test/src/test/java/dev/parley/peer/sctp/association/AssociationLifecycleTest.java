package dev.parley.peer.sctp.association;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.RecordingEndpoint;
import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.SimulatedNetwork.Conditions;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.HeartbeatAckChunk;
import dev.parley.peer.sctp.packet.HeartbeatRequestChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.Test;

/** Stream reset (RFC 6525), SHUTDOWN, ABORT and HEARTBEAT between two associations. */
public class AssociationLifecycleTest {

    private record Pair(RecordingEndpoint a, RecordingEndpoint b, SimulatedNetwork net) {
    }

    private static Pair connected(long seed, SctpOptions options, Conditions conditions) {
        RecordingEndpoint a = new RecordingEndpoint(options, seed * 5 + 1, "a");
        RecordingEndpoint b = new RecordingEndpoint(options, seed * 5 + 2, "b");
        SimulatedNetwork net = new SimulatedNetwork(a, b, conditions, seed);
        a.association().connect(0);
        b.association().connect(0);
        assertTrue(net.runUntil(() -> a.has(SctpEvent.Connected.class) && b.has(SctpEvent.Connected.class), 60_000));
        return new Pair(a, b, net);
    }

    @Test
    public void closingAChannelResetsBothDirectionsAndTheStreamStartsOverAtSequenceZero() {
        for (long seed = 0; seed < 20; seed++) {
            Pair p = connected(seed, SctpOptions.builder().enableMessageInterleaving(seed % 2 == 0).build(),
                    new Conditions(seed % 3 * 0.1, 5, 40, 0.02));
            SctpAssociation a = p.a.association();
            SctpAssociation b = p.b.association();
            for (int i = 0; i < 5; i++) {
                a.send(3, 51, new byte[] {(byte) i}, SendOptions.RELIABLE_ORDERED, p.net.now());
            }
            a.resetStreams(new int[] {3}, p.net.now());
            assertEquals(a.send(3, 51, new byte[] {9}, SendOptions.RELIABLE_ORDERED, p.net.now()), SendStatus.NOT_ACCEPTING);
            assertTrue(p.net.runUntil(() -> p.b.has(SctpEvent.IncomingStreamsReset.class), 60_000), "seed " + seed);
            assertEquals(p.b.messages.size(), 5, "all data before the reset is delivered first");
            // the receiving side answers by resetting its own outgoing stream, as RFC 8831 section 6.7 asks
            b.resetStreams(new int[] {3}, p.net.now());
            assertTrue(p.net.runUntil(() -> p.a.has(SctpEvent.OutgoingStreamsReset.class)
                    && p.b.has(SctpEvent.OutgoingStreamsReset.class) && p.a.has(SctpEvent.IncomingStreamsReset.class),
                    60_000), "seed " + seed + " " + p.a.events + " " + p.b.events);
            // a reused stream starts at SSN / MID 0 and is delivered
            assertEquals(a.send(3, 51, new byte[] {42}, SendOptions.RELIABLE_ORDERED, p.net.now()), SendStatus.QUEUED);
            assertTrue(p.net.runUntil(() -> p.b.messages.size() == 6, 60_000), "seed " + seed);
            assertEquals(p.b.messages.get(5).payload()[0], 42);
        }
    }

    @Test
    public void shutdownDeliversQueuedDataThenClosesBothEnds() {
        Pair p = connected(7, SctpOptions.defaults(), new Conditions(0.1, 5, 30, 0));
        for (int i = 0; i < 20; i++) {
            p.a.association().send(1, 53, new byte[2000], SendOptions.RELIABLE_ORDERED, p.net.now());
        }
        p.a.association().shutdown(p.net.now());
        assertEquals(p.a.association().send(1, 53, new byte[1], SendOptions.RELIABLE_ORDERED, p.net.now()),
                SendStatus.NOT_ACCEPTING);
        assertTrue(p.net.runUntil(() -> p.a.has(SctpEvent.Closed.class) && p.b.has(SctpEvent.Closed.class), 120_000),
                p.a.events + " " + p.b.events);
        assertEquals(p.b.messages.size(), 20);
        // threshold 0 (the W3C default): one bufferedamountlow each time the queue empties
        assertEquals(p.a.eventNamesWithoutMessages().stream().filter(n -> !n.equals("BufferedAmountLow")).toList(),
                List.of("Connected", "Closed"));
        assertEquals(p.b.eventNamesWithoutMessages(), List.of("Connected", "Closed"));
        assertEquals(p.a.association().nextDeadline(), Long.MAX_VALUE);
    }

    @Test
    public void abortLikeRtcPeerConnectionCloseReachesThePeerWithItsReason() {
        Pair p = connected(8, SctpOptions.defaults(), Conditions.PERFECT);
        p.a.association().abort("Close called", p.net.now());
        assertTrue(p.net.runUntil(() -> p.b.has(SctpEvent.Aborted.class), 5_000));
        SctpEvent.Aborted aborted = (SctpEvent.Aborted) p.b.events.get(p.b.events.size() - 1);
        assertTrue(aborted.byPeer());
        assertEquals(p.b.association().state(), AssociationState.CLOSED);
        assertEquals(p.a.eventNamesWithoutMessages(), List.of("Connected", "Aborted"));
    }

    @Test
    public void anIdleAssociationExchangesHeartbeatsEveryInterval() {
        Pair p = connected(9, SctpOptions.defaults(), Conditions.PERFECT);
        List<String> heartbeats = new ArrayList<>();
        p.net.setTap((from, packet) -> {
            try {
                for (Chunk c : SctpPacket.parse(packet, true).chunks()) {
                    if (c instanceof HeartbeatRequestChunk || c instanceof HeartbeatAckChunk) {
                        heartbeats.add(from + ":" + c.getClass().getSimpleName());
                    }
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        p.net.runFor(95_000);
        assertEquals(heartbeats.stream().filter(h -> h.equals("0:HeartbeatRequestChunk")).count(), 3);
        assertEquals(heartbeats.stream().filter(h -> h.equals("1:HeartbeatAckChunk")).count(), 3);
        assertFalse(p.a.has(SctpEvent.Aborted.class));
    }

    @Test
    public void bufferedAmountLowFiresWhenTheQueueDrainsBelowTheThreshold() {
        Pair p = connected(10, SctpOptions.defaults(), Conditions.PERFECT);
        SctpAssociation a = p.a.association();
        a.setBufferedAmountLowThreshold(1, 10_000);
        for (int i = 0; i < 10; i++) {
            a.send(1, 53, new byte[20_000], SendOptions.RELIABLE_ORDERED, p.net.now());
        }
        assertTrue(a.bufferedAmount(1) > 10_000);
        assertTrue(p.net.runUntil(() -> p.a.has(SctpEvent.BufferedAmountLow.class), 60_000));
        assertTrue(p.net.runUntil(() -> p.b.messages.size() == 10, 60_000));
        assertEquals(a.bufferedAmount(1), 0);
        assertEquals(p.a.count(SctpEvent.BufferedAmountLow.class), 1);
    }

    @Test
    public void invalidSendsAreRefusedWithAReason() {
        Pair p = connected(11, SctpOptions.builder().maxSendBufferBytes(100_000).build(), Conditions.PERFECT);
        SctpAssociation a = p.a.association();
        assertEquals(a.send(1, 53, new byte[0], SendOptions.RELIABLE_ORDERED, 0), SendStatus.EMPTY_MESSAGE);
        assertEquals(a.send(70_000, 53, new byte[1], SendOptions.RELIABLE_ORDERED, 0), SendStatus.INVALID_STREAM);
        assertEquals(a.send(1, 53, new byte[100_001], SendOptions.RELIABLE_ORDERED, 0), SendStatus.MESSAGE_TOO_LARGE);
    }

    @Test
    public void aPeerThatMissedTheAbortLearnsOfItFromItsNextPacket() {
        Pair p = connected(12, SctpOptions.defaults(), Conditions.PERFECT);
        p.net.addBlackout(p.net.now(), p.net.now() + 1);
        p.a.association().abort("Close called", p.net.now());
        p.net.runFor(100);
        assertFalse(p.b.has(SctpEvent.Aborted.class), "the ABORT was lost");
        p.b.association().send(1, 51, new byte[] {1}, SendOptions.RELIABLE_ORDERED, p.net.now());
        assertTrue(p.net.runUntil(() -> p.b.has(SctpEvent.Aborted.class), 5_000));
        assertEquals(p.b.association().state(), AssociationState.CLOSED);
    }
}
