package dev.parley.peer.sctp;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.fail;

import dev.parley.peer.sctp.SctpSamples.CapturedPacket;
import dev.parley.peer.sctp.association.AssociationState;
import dev.parley.peer.sctp.association.SctpAssociation;
import dev.parley.peer.sctp.association.SctpEvent;
import dev.parley.peer.sctp.association.SctpStats;
import dev.parley.peer.sctp.association.SendOptions;
import dev.parley.peer.sctp.packet.AbortChunk;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.Crc32c;
import dev.parley.peer.sctp.packet.ErrorChunk;
import dev.parley.peer.sctp.packet.InitAckChunk;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import dev.parley.peer.sctp.packet.SctpParseException;
import dev.parley.peer.sctp.packet.StateCookieParameter;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * Mutated browser packets against the parsers and against a live association: every input is
 * dropped, answered (ERROR, SACK...) or aborts the association; nothing throws, nothing hangs,
 * memory stays bounded, and every packet the association sends is well-formed.
 */
public class SctpFuzzTest {
    private static final Logger LOG = LoggerFactory.getLogger(SctpFuzzTest.class);
    private static final int ITERATIONS = 100_000;

    private List<byte[]> corpus;
    /** Which corpus packets come from the Firefox pair that negotiated I-DATA (scenario s3). */
    private List<Boolean> interleaved;

    @BeforeClass
    public void loadCorpus() {
        List<CapturedPacket> captured = SctpSamples.capturedPackets();
        corpus = captured.stream().map(CapturedPacket::bytes).toList();
        interleaved = captured.stream().map(c -> c.log().startsWith("s3-")).toList();
    }

    private byte[] mutate(Random r, int ownTag) {
        return mutate(r, r.nextInt(corpus.size()), ownTag);
    }

    /** One to four random edits of a sample packet, keeping it plausible enough to get past the checksum. */
    private byte[] mutate(Random r, int sample, int ownTag) {
        byte[] p = corpus.get(sample).clone();
        int edits = 1 + r.nextInt(4);
        for (int i = 0; i < edits; i++) {
            switch (r.nextInt(9)) {
                case 0 -> {
                    if (p.length > 12) {
                        p[12 + r.nextInt(p.length - 12)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 1 -> p[r.nextInt(p.length)] = (byte) r.nextInt(256);
                case 2 -> p = Arrays.copyOf(p, Math.max(12, p.length - 1 - r.nextInt(Math.max(1, p.length / 2))));
                case 3 -> {
                    byte[] tail = new byte[r.nextInt(64)];
                    r.nextBytes(tail);
                    byte[] longer = Arrays.copyOf(p, p.length + tail.length);
                    System.arraycopy(tail, 0, longer, p.length, tail.length);
                    p = longer;
                }
                case 4 -> {
                    if (p.length >= 16) { // a chunk length field (often the first chunk's)
                        int at = 14;
                        p[at] = (byte) r.nextInt(256);
                        p[at + 1] = (byte) r.nextInt(256);
                    }
                }
                case 5 -> {
                    if (p.length >= 20) { // a 32-bit field in the first chunk: TSN, cum ack, tags
                        ByteBuffer.wrap(p).putInt(16, r.nextInt());
                    }
                }
                case 6 -> { // splice the chunks of another packet behind this one
                    byte[] other = corpus.get(r.nextInt(corpus.size()));
                    byte[] joined = Arrays.copyOf(p, p.length + other.length - 12);
                    System.arraycopy(other, 12, joined, p.length, other.length - 12);
                    p = joined;
                }
                case 7 -> {
                    if (p.length > 13) { // chunk type / flags
                        p[12 + (r.nextBoolean() ? 0 : 1)] = (byte) r.nextInt(256);
                    }
                }
                default -> {
                    if (p.length >= 24) { // small integers in places where lengths and counts live
                        int at = 12 + r.nextInt(p.length - 14);
                        ByteBuffer.wrap(p).putShort(at, (short) r.nextInt(8));
                    }
                }
            }
        }
        if (r.nextInt(10) != 0) {
            ByteBuffer.wrap(p).putInt(4, ownTag);
        }
        int checksum = r.nextInt(20);
        if (checksum == 0) {
            Crc32c.write(p, 0, 0);
        } else if (checksum != 1) {
            Crc32c.write(p, 0, Crc32c.compute(p, 0, p.length));
        }
        return p;
    }

    @Test
    public void parsersThrowOnlyTheParseExceptionAndReserializeStably() {
        Random r = new Random(1);
        int parsed = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] p = mutate(r, r.nextInt());
            try {
                SctpPacket packet = SctpPacket.parse(p, true);
                byte[] again = packet.serialize();
                assertEquals(SctpPacket.parse(again).serialize(), again);
                parsed++;
            } catch (SctpParseException expected) {
                // malformed input is reported this way and no other
            } catch (RuntimeException e) {
                fail("parser threw on " + HexFormat.of().formatHex(p), e);
            }
        }
        LOG.info("parser fuzz: {} of {} mutated packets parsed", parsed, ITERATIONS);
        assertTrue(parsed > ITERATIONS / 10, "mutations too destructive to reach the chunk parsers");
    }

    /** A connected pair whose side "a" receives the fuzz. */
    private static final class Target {
        final RecordingEndpoint a;
        final RecordingEndpoint b;
        final SimulatedNetwork net;
        int tagOfA;

        Target(long seed, boolean interleaving) {
            SctpOptions options = SctpOptions.builder().enableMessageInterleaving(interleaving).build();
            a = new RecordingEndpoint(options, seed * 2, "fuzzed");
            b = new RecordingEndpoint(options, seed * 2 + 1, "peer");
            net = new SimulatedNetwork(a, b, new SimulatedNetwork.Conditions(0, 1, 3, 0), seed);
            net.setTap((from, packet) -> {
                if (from == 1) {
                    tagOfA = ByteBuffer.wrap(packet).getInt(4);
                }
                checkWellFormed(packet);
            });
            a.association().connect(0);
            b.association().connect(0);
            assertTrue(net.runUntil(() -> a.has(SctpEvent.Connected.class) && b.has(SctpEvent.Connected.class), 10_000));
        }
    }

    private static void checkWellFormed(byte[] packet) {
        try {
            SctpPacket.parse(packet, true);
        } catch (SctpParseException e) {
            fail("the association sent a malformed packet: " + HexFormat.of().formatHex(packet), e);
        }
    }

    @Test
    public void aLiveAssociationSurvivesOrAbortsCleanlyOnHundredThousandMutatedPackets() {
        Random r = new Random(2);
        long seed = 0;
        // two live targets, so that DATA samples meet an association that negotiated DATA and I-DATA
        // samples one that negotiated I-DATA (a mismatch is a protocol violation that aborts at once)
        Target[] targets = {new Target(seed++, false), new Target(seed++, true)};
        int aborts = 0;
        int answered = 0;
        int silent = 0;
        long started = System.nanoTime();
        for (int i = 0; i < ITERATIONS; i++) {
            int sample = r.nextInt(corpus.size());
            int which = interleaved.get(sample) ? 1 : 0;
            Target t = targets[which];
            byte[] p = mutate(r, sample, t.tagOfA);
            t.a.association().handlePacket(p, t.net.now());
            int errorsOrAborts = drainAndCount(t);
            t.net.runFor(1);
            if (t.a.association().state() == AssociationState.CLOSED) {
                assertNoInternalError(t.a);
                aborts++;
                targets[which] = new Target(seed++, which == 1);
                continue;
            }
            if (errorsOrAborts > 0) {
                answered++;
            } else {
                silent++;
            }
            if (i % 1000 == 999) {
                keepTrafficFlowing(t, r);
                SctpStats stats = t.a.association().stats();
                assertTrue(stats.reassemblyBufferedBytes() <= SctpOptions.defaults().maxReceiverWindowBytes + 2_000,
                        stats.toString());
                assertTrue(stats.unacknowledgedChunks() < 10_000, stats.toString());
            }
        }
        for (Target t : targets) {
            assertNoInternalError(t.a);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info("association fuzz: {} packets in {} ms: {} aborted the association, {} answered with ERROR/ABORT, "
                + "{} dropped or absorbed", ITERATIONS, millis, aborts, answered, silent);
        assertTrue(millis < 50_000, "took " + millis + " ms");
    }

    @Test
    public void associationsInEveryHandshakeStateSurviveMutatedPackets() throws Exception {
        Random r = new Random(3);
        int rounds = 30_000;
        for (int i = 0; i < rounds; i++) {
            SctpAssociation a = new SctpAssociation(SctpOptions.defaults(), new Random(i), "handshake");
            int tag = 0;
            AssociationState wanted = AssociationState.values()[i % 3]; // CLOSED, COOKIE_WAIT, COOKIE_ECHOED
            if (wanted != AssociationState.CLOSED) {
                a.connect(0);
                tag = ((InitChunk) SctpPacket.parse(a.pollPacket()).chunks().get(0)).initiateTag();
            }
            if (wanted == AssociationState.COOKIE_ECHOED) {
                a.handlePacket(new SctpPacket(5000, 5000, tag, List.of(new InitAckChunk(0x51, 1 << 20, 100, 100, 9,
                        List.of(new StateCookieParameter(new byte[] {1}))))).serialize(), 0);
                a.pollPacket();
            }
            assertEquals(a.state(), wanted);
            for (int k = 1; k <= 3; k++) {
                a.handlePacket(mutate(r, tag), k);
                a.handleTimeout(k * 700L);
                for (byte[] out; (out = a.pollPacket()) != null; ) {
                    checkWellFormed(out);
                }
                for (SctpEvent e; (e = a.pollEvent()) != null; ) {
                    if (e instanceof SctpEvent.Aborted ab && ab.reason().startsWith("internal error")) {
                        fail("the stack failed internally in " + wanted + ": " + ab.reason());
                    }
                }
            }
        }
    }

    /** Sends the packets the fuzzed side produced into the network; counts ERROR and ABORT chunks among them. */
    private static int drainAndCount(Target t) {
        int count = 0;
        for (byte[] out; (out = t.a.association().pollPacket()) != null; ) {
            try {
                for (Chunk c : SctpPacket.parse(out, true).chunks()) {
                    if (c instanceof ErrorChunk || c instanceof AbortChunk) {
                        count++;
                    }
                }
            } catch (SctpParseException e) {
                fail("the association sent a malformed packet", e);
            }
            t.b.association().handlePacket(out, t.net.now());
        }
        for (SctpEvent e; (e = t.a.association().pollEvent()) != null; ) {
            t.a.onEvent(e);
        }
        return count;
    }

    /** Real data both ways between fuzz rounds: the association must still work (or have ended cleanly). */
    private static void keepTrafficFlowing(Target t, Random r) {
        int before = t.b.messages.size();
        t.a.association().send(1, 53, new byte[1 + r.nextInt(3000)], SendOptions.RELIABLE_ORDERED, t.net.now());
        t.b.association().send(1, 53, new byte[1 + r.nextInt(3000)], SendOptions.RELIABLE_ORDERED, t.net.now());
        t.net.runUntil(() -> t.b.messages.size() > before || t.a.association().state() == AssociationState.CLOSED,
                60_000);
        if (t.a.association().state() != AssociationState.CLOSED) {
            assertTrue(t.b.messages.size() > before, "the fuzzed association stopped carrying data: "
                    + t.a.association().stats());
        }
    }

    private static void assertNoInternalError(RecordingEndpoint e) {
        for (SctpEvent ev : e.events) {
            if (ev instanceof SctpEvent.Aborted a && a.reason().startsWith("internal error")) {
                fail("the stack failed internally: " + a.reason());
            }
        }
    }
}
