package dev.parley.peer.datachannel;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.SctpSamples;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.IDataChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.Test;

/** DCEP messages (RFC 8832 section 5) against the OPENs and ACKs Chromium and Firefox sent. */
public class DcepMessagesTest {

    /** Every user message with PPID 50 in the captures (single-fragment, as DCEP messages always are). */
    private static List<byte[]> capturedDcepPayloads() throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (SctpSamples.CapturedPacket p : SctpSamples.capturedPackets()) {
            for (Chunk c : SctpPacket.parse(p.bytes()).chunks()) {
                if (c instanceof DataChunk d && d.ppid() == Ppid.DCEP.value()) {
                    out.add(d.payload());
                } else if (c instanceof IDataChunk d && d.beginning() && d.ppid() == Ppid.DCEP.value()) {
                    out.add(d.payload());
                }
            }
        }
        return out;
    }

    @Test
    public void everyCapturedDcepMessageParsesAndSerializesToTheSameBytes() throws Exception {
        int opens = 0;
        int acks = 0;
        for (byte[] payload : capturedDcepPayloads()) {
            if (payload[0] == DcepOpenMessage.MESSAGE_TYPE) {
                DcepOpenMessage open = DcepOpenMessage.parse(payload);
                assertEquals(open.serialize(), payload);
                assertTrue(open.label().equals("main") || open.label().equals("unrel"), open.label());
                opens++;
            } else {
                assertEquals(DcepAckMessage.parse(payload).serialize(), payload);
                acks++;
            }
        }
        assertTrue(opens >= 8 && acks >= 8, opens + " opens, " + acks + " acks");
    }

    @Test
    public void chromiumsUnreliableUnorderedOpenDecodesToTheW3cParameters() throws Exception {
        // from s1: Chromium's DATA_CHANNEL_OPEN for "unrel" (ordered:false, maxRetransmits:0, protocol "x-test")
        byte[] open = java.util.HexFormat.of().parseHex("038101000000000000050006756e72656c782d74657374");
        DataChannelParameters p = DataChannelParameters.fromOpen(DcepOpenMessage.parse(open), 3);
        assertEquals(p, new DataChannelParameters("unrel", "x-test", false, 0, null, false, 3, 256));
        assertEquals(p.toOpen().serialize(), open);
    }

    @Test
    public void malformedOpensAreRejectedWithTheParseException() {
        assertThrows(DcepParseException.class, () -> DcepOpenMessage.parse(new byte[] {3, 0, 0}));
        assertThrows(DcepParseException.class, () -> DcepOpenMessage.parse(
                java.util.HexFormat.of().parseHex("03000100000000000005000061")));
        assertThrows(DcepParseException.class, () -> DcepOpenMessage.parse(
                java.util.HexFormat.of().parseHex("037701000000000000000000")));
        assertThrows(DcepParseException.class, () -> DcepAckMessage.parse(new byte[] {2, 0}));
    }

    @Test
    public void channelTypesMapTheW3cReliabilityOptions() {
        assertEquals(DataChannelType.of(true, null, null), DataChannelType.RELIABLE);
        assertEquals(DataChannelType.of(false, null, null), DataChannelType.RELIABLE_UNORDERED);
        assertEquals(DataChannelType.of(false, 0, null).code(), 0x81);
        assertEquals(DataChannelType.of(true, null, 500).code(), 0x02);
    }

    @Test
    public void mutatedOpensRaiseOnlyTheParseException() throws Exception {
        List<byte[]> opens = capturedDcepPayloads().stream().filter(p -> p[0] == DcepOpenMessage.MESSAGE_TYPE).toList();
        java.util.Random r = new java.util.Random(8);
        int parsed = 0;
        for (int i = 0; i < 50_000; i++) {
            byte[] m = opens.get(r.nextInt(opens.size())).clone();
            m[r.nextInt(m.length)] = (byte) r.nextInt(256);
            if (r.nextBoolean()) {
                m = java.util.Arrays.copyOf(m, r.nextInt(m.length + 8));
            }
            try {
                DcepOpenMessage open = DcepOpenMessage.parse(m);
                assertEquals(DcepOpenMessage.parse(open.serialize()).serialize(), open.serialize());
                parsed++;
            } catch (DcepParseException expected) {
                // the only way malformed input is reported
            }
        }
        assertTrue(parsed > 1000, parsed + " parsed");
    }
}
