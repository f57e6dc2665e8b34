package dev.parley.peer.sctp.packet;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The chunks, parameters and causes the captures do not contain (no loss, no SHUTDOWN, no ERROR on the
 * loopback): encoded by hand from the RFC diagrams, parsed back, and re-serialized.
 */
public class ChunkRoundTripTest {

    private static final HexFormat HEX = HexFormat.of();

    @DataProvider
    public Object[][] wireForms() {
        return new Object[][] {
            // RFC 9260 3.3.8 SHUTDOWN: cumulative TSN ack
            {"07000008 12345678", new ShutdownChunk(0x12345678)},
            {"08000004", new ShutdownAckChunk()},
            // 3.3.13 SHUTDOWN COMPLETE with T
            {"0e010004", new ShutdownCompleteChunk(true)},
            {"0b000004", new CookieAckChunk()},
            // 3.3.10 ERROR with Invalid Stream Identifier and Stale Cookie
            {"0900001400010008000700000003000800000064",
                new ErrorChunk(List.of(new InvalidStreamIdentifierCause(7), new StaleCookieCause(100)))},
            // ERROR with Unrecognized Chunk Type (the chunk inside, 4 bytes), and Protocol Violation "x" padded
            {"09000011 00060008 ff000004 000d0005 78000000",
                new ErrorChunk(List.of(new UnrecognizedChunkTypeCause(HEX.parseHex("ff000004")),
                        new ProtocolViolationCause(new byte[] {'x'})))},
            // ABORT with Missing Mandatory Parameter (State Cookie) and No User Data
            {"06000018 0002000a 00000001 00070000 00090008 deadbeef",
                new AbortChunk(false, List.of(new MissingMandatoryParameterCause(new int[] {7}), new NoUserDataCause(0xdeadbeef)))},
            // ABORT with Out of Resource, Invalid Mandatory Parameter, Cookie While Shutting Down, unknown 0x99
            {"06000016 00040004 00070004 000a0004 00990006 01020000",
                new AbortChunk(false, List.of(new OutOfResourceCause(), new InvalidMandatoryParameterCause(),
                        new CookieReceivedWhileShuttingDownCause(), new UnknownErrorCause(0x99, new byte[] {1, 2})))},
            // RFC 3758 3.2 FORWARD TSN with two streams
            {"c0000010 00000064 00010005 00030009", new ForwardTsnChunk(100,
                    List.of(new ForwardTsnChunk.SkippedStream(1, 5), new ForwardTsnChunk.SkippedStream(3, 9)))},
            // RFC 8260 2.3.1 I-FORWARD-TSN: stream 2 unordered MID 7
            {"c2000010 00000064 00020001 00000007", new IForwardTsnChunk(100,
                    List.of(new IForwardTsnChunk.SkippedMessage(2, true, 7)))},
            // RFC 6525 RE-CONFIG: Incoming SSN Reset Request for stream 4, then SSN/TSN Reset Request
            {"82000018 000e000a 00000005 00040000 000f0008 00000006",
                new ReConfigChunk(List.of(new IncomingSsnResetRequestParameter(5, new int[] {4}),
                        new SsnTsnResetRequestParameter(6)))},
            // RE-CONFIG: Add Outgoing / Add Incoming Streams
            {"8200001c 0011000c 00000001 00020000 0012000c 00000002 00030000",
                new ReConfigChunk(List.of(new AddOutgoingStreamsRequestParameter(1, 2),
                        new AddIncomingStreamsRequestParameter(2, 3)))},
            // Re-configuration Response with the optional TSNs
            {"82000018 00100014 00000009 00000001 0000000a 0000000b",
                new ReConfigChunk(List.of(new ReconfigurationResponseParameter(9, 1, true, 10, 11)))},
            // INIT with Zero Checksum Acceptable (RFC 9653: type 0x8001, EDMID 1), Cookie Preservative, unknown param
            {"0100002a 00000001 00010000 00020003 00000004 80010008 00000001 00090008 000003e8 80770006 abcd0000",
                new InitChunk(1, 65536, 2, 3, 4, List.of(new ZeroChecksumAcceptableParameter(1),
                        new CookiePreservativeParameter(1000), new UnknownParameter(0x8077, new byte[] {(byte) 0xab, (byte) 0xcd})))},
            // INIT ACK with an Unrecognized Parameter report
            {"0200001c 00000001 00010000 00020003 00000004 00080008 80770004",
                new InitAckChunk(1, 65536, 2, 3, 4, List.of(new UnrecognizedParameterParameter(HEX.parseHex("80770004"))))},
            // an unknown chunk type 0xbf with flags and a 3-byte value
            {"bf05000701020300", new UnknownChunk(0xbf, 5, new byte[] {1, 2, 3})},
            // DATA with I bit (RFC 7053) and I-DATA middle fragment (FSN instead of PPID)
            {"0009001100000001000200030000003561000000", new DataChunk(1, 2, 3, 53, new byte[] {'a'}, true, false, false, true)},
            {"40000015 00000001 00020000 00000004 00000002 62000000",
                new IDataChunk(1, 2, 4, 0, 2, new byte[] {'b'}, false, false, false, false)},
        };
    }

    @Test(dataProvider = "wireForms")
    public void chunkMatchesItsRfcWireForm(String hex, Chunk expected) throws Exception {
        byte[] wire = HEX.parseHex(hex.replace(" ", ""));
        assertEquals(HEX.formatHex(Chunks.serialize(expected)), HEX.formatHex(wire));
        List<Chunk> parsed = Chunks.parseAll(new ByteReader(wire));
        assertEquals(parsed.size(), 1);
        assertEquals(HEX.formatHex(Chunks.serialize(parsed.get(0))), HEX.formatHex(wire));
        assertEquals(parsed.get(0).getClass(), expected.getClass());
    }

    @Test
    public void crc32cMatchesTheRfc3720TestVector() {
        // RFC 3720 B.4: 32 bytes of zeros -> CRC32c 0x8a9136aa; here as the payload of a packet whose
        // header bytes are also zero, so the whole 44-byte buffer is checked against a direct computation
        java.util.zip.CRC32C direct = new java.util.zip.CRC32C();
        direct.update(new byte[32]);
        assertEquals(direct.getValue(), 0x8a9136aaL);
        byte[] packet = new byte[44];
        java.util.zip.CRC32C whole = new java.util.zip.CRC32C();
        whole.update(packet);
        assertEquals(Crc32c.compute(packet, 0, packet.length), (int) whole.getValue());
    }

    @Test
    public void zeroChecksumIsAcceptedOnlyWhenAllowed() throws Exception {
        byte[] packet = new SctpPacket(5000, 5000, 1, List.of(new CookieAckChunk())).serialize(true);
        assertEquals(Crc32c.read(packet, 0), 0);
        assertThrows(SctpParseException.class, () -> SctpPacket.parse(packet));
        assertEquals(SctpPacket.parse(packet, true).chunks(), List.of(new CookieAckChunk()));
    }

    @DataProvider
    public Object[][] malformed() {
        return new Object[][] {
            {"0700000c12345678"}, // SHUTDOWN length beyond the data
            {"07000003"}, // length below the header
            {"03000014000000010000000000010000"}, // SACK announcing a gap block it does not carry
            {"c000000b0000006400010005"}, // FORWARD TSN with a half stream entry
            {"0b000008 00000000"}, // COOKIE ACK with a value
            {"0100001800000001000100000002000300000004 0001"}, // INIT truncated inside a parameter header
            {"01000018 00000001 00010000 00020003 00000004 00000002"}, // parameter length 2 < 4
            {"090000080001000c"}, // cause length beyond the chunk
            {"8200000c000d0004"}, // Outgoing SSN Reset Request without its fields
            {"8200000d000d0011000000010000000200000003ff"}, // odd stream list
        };
    }

    @Test(dataProvider = "malformed")
    public void malformedChunksRaiseOnlyTheParseException(String hex) {
        byte[] wire = HEX.parseHex(hex.replace(" ", ""));
        assertThrows(SctpParseException.class, () -> Chunks.parseAll(new ByteReader(wire)));
    }

    @Test
    public void unknownTypesCarryTheirActionInTheUpperTwoBits() {
        assertEquals(new UnknownChunk(0x3f, 0, new byte[0]).action(), UnrecognizedTypeAction.STOP);
        assertEquals(new UnknownChunk(0x7f, 0, new byte[0]).action(), UnrecognizedTypeAction.STOP_AND_REPORT);
        assertEquals(new UnknownChunk(0xbf, 0, new byte[0]).action(), UnrecognizedTypeAction.SKIP);
        assertEquals(new UnknownChunk(0xff, 0, new byte[0]).action(), UnrecognizedTypeAction.SKIP_AND_REPORT);
        assertEquals(new UnknownParameter(0x0005, new byte[0]).action(), UnrecognizedTypeAction.STOP);
        assertEquals(new UnknownParameter(0xc001, new byte[0]).action(), UnrecognizedTypeAction.SKIP_AND_REPORT);
        assertTrue(UnrecognizedTypeAction.STOP_AND_REPORT.reports() && UnrecognizedTypeAction.STOP_AND_REPORT.stops());
    }
}
