package dev.parley.peer.sctp.association;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.RecordingEndpoint;
import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.Crc32c;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.IDataChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.Test;

/** Association setup (RFC 9260 section 5), including the INIT collision of every browser session. */
public class AssociationSetupTest {

    private static final SctpOptions CHROME_LIKE = SctpOptions.builder().enableMessageInterleaving(false)
            .enableZeroChecksum(false).build();

    private static List<String> chunkNames(SctpPacket p) {
        List<String> names = new ArrayList<>();
        for (Chunk c : p.chunks()) {
            names.add(c.getClass().getSimpleName().replace("Chunk", ""));
        }
        return names;
    }

    @Test
    public void bothEndsSendingInitAtOnceEndUpEstablishedWithTheExchangeBrowsersShow() throws Exception {
        RecordingEndpoint a = new RecordingEndpoint(CHROME_LIKE, 1, "a");
        RecordingEndpoint b = new RecordingEndpoint(CHROME_LIKE, 2, "b");
        SimulatedNetwork net = new SimulatedNetwork(a, b, SimulatedNetwork.Conditions.PERFECT, 3);
        List<String> wire = new ArrayList<>();
        net.setTap((from, packet) -> {
            try {
                wire.add((from == 0 ? "a:" : "b:") + chunkNames(SctpPacket.parse(packet)));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        a.association().connect(0);
        b.association().connect(0);
        assertTrue(net.runUntil(() -> a.association().state() == AssociationState.ESTABLISHED
                && b.association().state() == AssociationState.ESTABLISHED, 5_000));
        net.runFor(1000);
        List<String> expected = List.of("[Init]", "[InitAck]", "[CookieEcho]", "[CookieAck]");
        assertEquals(wire.stream().filter(w -> w.startsWith("a:")).map(w -> w.substring(2)).toList(), expected);
        assertEquals(wire.stream().filter(w -> w.startsWith("b:")).map(w -> w.substring(2)).toList(), expected);
        assertEquals(a.eventNamesWithoutMessages(), List.of("Connected"));
        assertEquals(b.eventNamesWithoutMessages(), List.of("Connected"));
    }

    @Test
    public void dataSentRightAfterOwnCookieAckIsAcceptedByAPeerStillWaitingForItsCookieAck() {
        RecordingEndpoint a = new RecordingEndpoint(CHROME_LIKE, 11, "a");
        RecordingEndpoint b = new RecordingEndpoint(CHROME_LIKE, 12, "b");
        // asymmetric delays: b's COOKIE ECHO reaches a (who answers and sends data) before a's COOKIE ECHO is
        // acknowledged to a's peer; b receives the data in COOKIE-ECHOED
        SimulatedNetwork net = new SimulatedNetwork(a, b, new SimulatedNetwork.Conditions(0, 1, 40, 0), 13);
        a.association().connect(0);
        a.association().send(1, 50, new byte[] {3, 0, 0, 0}, SendOptions.RELIABLE_ORDERED, 0);
        b.association().connect(0);
        assertTrue(net.runUntil(() -> b.messages.size() == 1, 5_000));
        assertEquals(b.messages.get(0).ppid(), 50);
        assertTrue(b.events.get(0) instanceof SctpEvent.Connected, "Connected comes before the data: " + b.events);
    }

    @Test
    public void aPassiveEndAnswersAnInitWithoutSendingItsOwn() {
        RecordingEndpoint a = new RecordingEndpoint(SctpOptions.defaults(), 21, "a");
        RecordingEndpoint b = new RecordingEndpoint(SctpOptions.defaults(), 22, "b");
        SimulatedNetwork net = new SimulatedNetwork(a, b, SimulatedNetwork.Conditions.PERFECT, 23);
        a.association().connect(0);
        assertTrue(net.runUntil(() -> a.has(SctpEvent.Connected.class) && b.has(SctpEvent.Connected.class), 5_000));
    }

    @Test
    public void initCollisionSurvivesLossOfAnyHandshakePacket() {
        // 30 % loss each way: more than the RFC's 8 INIT / COOKIE ECHO attempts, since nine failed
        // round trips in a row (one chance in two each) do happen by chance over many seeds
        SctpOptions patient = SctpOptions.builder().maxInitRetransmits(20).build();
        for (long seed = 0; seed < 60; seed++) {
            RecordingEndpoint a = new RecordingEndpoint(patient, seed * 3, "a");
            RecordingEndpoint b = new RecordingEndpoint(patient, seed * 3 + 1, "b");
            SimulatedNetwork net = new SimulatedNetwork(a, b, new SimulatedNetwork.Conditions(0.3, 1, 50, 0.1), seed);
            a.association().connect(0);
            b.association().connect(0);
            assertTrue(net.runUntil(() -> a.has(SctpEvent.Connected.class) && b.has(SctpEvent.Connected.class),
                    60_000), "seed " + seed);
            net.runFor(2_000);
            assertEquals(a.count(SctpEvent.Connected.class), 1, "seed " + seed + " " + a.events);
            assertEquals(b.count(SctpEvent.Connected.class), 1, "seed " + seed + " " + b.events);
            assertFalse(a.has(SctpEvent.Aborted.class) || b.has(SctpEvent.Aborted.class), "seed " + seed);
        }
    }

    @Test
    public void anUnansweredInitGivesUpAfterMaxInitRetransmits() {
        RecordingEndpoint a = new RecordingEndpoint(SctpOptions.defaults(), 31, "a");
        RecordingEndpoint b = new RecordingEndpoint(SctpOptions.defaults(), 32, "b");
        SimulatedNetwork net = new SimulatedNetwork(a, b, new SimulatedNetwork.Conditions(1.0, 1, 1, 0), 33);
        a.association().connect(0);
        assertTrue(net.runUntil(() -> a.has(SctpEvent.Aborted.class), 120_000));
        assertEquals(net.packetsSent(), 1 + SctpOptions.defaults().maxInitRetransmits);
        assertEquals(a.association().nextDeadline(), Long.MAX_VALUE);
    }

    @Test
    public void iDataIsUsedOnlyWhenBothEndsOfferIt() throws Exception {
        for (boolean bothOffer : new boolean[] {true, false}) {
            RecordingEndpoint a = new RecordingEndpoint(SctpOptions.defaults(), 41, "a");
            RecordingEndpoint b = new RecordingEndpoint(bothOffer ? SctpOptions.defaults() : CHROME_LIKE, 42, "b");
            SimulatedNetwork net = new SimulatedNetwork(a, b, SimulatedNetwork.Conditions.PERFECT, 43);
            List<Class<?>> dataKinds = new ArrayList<>();
            net.setTap((from, packet) -> {
                try {
                    for (Chunk c : SctpPacket.parse(packet, true).chunks()) {
                        if (c instanceof DataChunk || c instanceof IDataChunk) {
                            dataKinds.add(c.getClass());
                        }
                    }
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            a.association().connect(0);
            b.association().connect(0);
            net.runUntil(() -> a.has(SctpEvent.Connected.class) && b.has(SctpEvent.Connected.class), 5_000);
            a.association().send(1, 51, new byte[3000], SendOptions.RELIABLE_ORDERED, net.now());
            assertTrue(net.runUntil(() -> b.messages.size() == 1, 5_000));
            assertEquals(a.association().capabilities().messageInterleaving(), bothOffer);
            assertEquals(dataKinds.stream().distinct().toList(), List.of(bothOffer ? IDataChunk.class : DataChunk.class));
        }
    }

    @Test
    public void zeroChecksumIsUsedAfterTheHandshakeWhenBothEndsAcceptIt() {
        RecordingEndpoint a = new RecordingEndpoint(SctpOptions.defaults(), 51, "a");
        RecordingEndpoint b = new RecordingEndpoint(SctpOptions.defaults(), 52, "b");
        SimulatedNetwork net = new SimulatedNetwork(a, b, SimulatedNetwork.Conditions.PERFECT, 53);
        List<Integer> checksums = new ArrayList<>();
        net.setTap((from, packet) -> checksums.add(Crc32c.read(packet, 0)));
        a.association().connect(0);
        b.association().connect(0);
        net.runUntil(() -> a.has(SctpEvent.Connected.class) && b.has(SctpEvent.Connected.class), 5_000);
        int handshakePackets = checksums.size();
        a.association().send(1, 51, new byte[10], SendOptions.RELIABLE_ORDERED, net.now());
        assertTrue(net.runUntil(() -> b.messages.size() == 1, 5_000));
        net.runFor(1_000);
        assertTrue(a.association().capabilities().zeroChecksum());
        assertTrue(checksums.subList(0, 6).stream().allMatch(c -> c != 0), "INIT, INIT ACK, COOKIE ECHO keep CRC32c");
        assertTrue(checksums.subList(handshakePackets, checksums.size()).stream().allMatch(c -> c == 0), checksums.toString());
    }
}
