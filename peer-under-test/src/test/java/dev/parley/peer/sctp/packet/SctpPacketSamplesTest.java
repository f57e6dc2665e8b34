package dev.parley.peer.sctp.packet;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotNull;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.datachannel.DcepOpenMessage;
import dev.parley.peer.sctp.SctpSamples;
import dev.parley.peer.sctp.SctpSamples.CapturedPacket;
import dev.parley.peer.sctp.SctpSamples.ChunkSample;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Every parser against the real packets of Chromium, Firefox-dcSCTP and Firefox-usrsctp. */
public class SctpPacketSamplesTest {

    @DataProvider
    public Object[][] capturedPackets() {
        return SctpSamples.capturedPackets().stream().map(p -> new Object[] {p}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "capturedPackets")
    public void everyCapturedPacketParsesAndSerializesToTheSameBytes(CapturedPacket captured) throws Exception {
        SctpPacket packet = SctpPacket.parse(captured.bytes());
        assertEquals(packet.sourcePort(), 5000);
        assertEquals(packet.destinationPort(), 5000);
        for (Chunk c : packet.chunks()) {
            assertTrue(!(c instanceof UnknownChunk), "browser chunk not recognised: " + c);
        }
        assertEquals(HexFormat.of().formatHex(packet.serialize()), HexFormat.of().formatHex(captured.bytes()));
    }

    @Test
    public void thereAreOverTwoThousandCapturedPackets() {
        assertTrue(SctpSamples.capturedPackets().size() > 2000);
    }

    @DataProvider
    public Object[][] chunkSamples() {
        return SctpSamples.chunkSamples().stream().map(s -> new Object[] {s}).toArray(Object[][]::new);
    }

    @Test(dataProvider = "chunkSamples")
    public void sampleChunkDecodesToTheFieldsTheCaptureToolsPrinted(ChunkSample sample) throws Exception {
        SctpPacket packet = SctpPacket.parse(sample.packet());
        Map<String, String> expected = sample.fields();
        int type = Integer.parseInt(expected.get("type"));
        Chunk chunk = null;
        for (Chunk c : packet.chunks()) {
            if (c.type() == type && (!expected.containsKey("tsn") || expected.get("tsn").equals(tsnOf(c)))) {
                chunk = c;
                break;
            }
        }
        assertNotNull(chunk, "no chunk of type " + type + " in " + packet.chunks());
        Map<String, String> actual = decode(chunk);
        Map<String, String> compared = new LinkedHashMap<>();
        for (String key : expected.keySet()) {
            compared.put(key, actual.get(key));
        }
        assertEquals(compared, expected);
        assertEquals(HexFormat.of().formatHex(packet.serialize()), HexFormat.of().formatHex(sample.packet()));
    }

    private static String tsnOf(Chunk c) {
        if (c instanceof DataChunk d) {
            return Integer.toUnsignedString(d.tsn());
        }
        if (c instanceof IDataChunk d) {
            return Integer.toUnsignedString(d.tsn());
        }
        return null;
    }

    /** The chunk's fields under the names sctp_samples.py uses. */
    private static Map<String, String> decode(Chunk chunk) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("type", Integer.toString(chunk.type()));
        f.put("flags", Integer.toString(chunk.flags()));
        byte[] framed = Chunks.serialize(chunk);
        f.put("len", Integer.toString(((framed[2] & 0xff) << 8) | (framed[3] & 0xff)));
        if (chunk instanceof InitChunk i) {
            putInit(f, i.initiateTag(), i.aRwnd(), i.outboundStreams(), i.inboundStreams(), i.initialTsn(), i.parameters());
        } else if (chunk instanceof InitAckChunk i) {
            putInit(f, i.initiateTag(), i.aRwnd(), i.outboundStreams(), i.inboundStreams(), i.initialTsn(), i.parameters());
        } else if (chunk instanceof DataChunk d) {
            f.put("tsn", Integer.toUnsignedString(d.tsn()));
            f.put("sid", Integer.toString(d.streamId()));
            f.put("ssn", Integer.toString(d.ssn()));
            f.put("ppid", Integer.toString(d.ppid()));
            putData(f, d.payload(), d.ppid(), d.unordered(), d.beginning(), d.ending(), d.immediateAck());
        } else if (chunk instanceof IDataChunk d) {
            f.put("tsn", Integer.toUnsignedString(d.tsn()));
            f.put("sid", Integer.toString(d.streamId()));
            f.put("mid", Integer.toUnsignedString(d.mid()));
            f.put("ppid_or_fsn", Integer.toUnsignedString(d.beginning() ? d.ppid() : d.fsn()));
            putData(f, d.payload(), d.beginning() ? d.ppid() : -1, d.unordered(), d.beginning(), d.ending(),
                    d.immediateAck());
        } else if (chunk instanceof SackChunk s) {
            f.put("cum_tsn", Integer.toUnsignedString(s.cumulativeTsnAck()));
            f.put("a_rwnd", Integer.toUnsignedString(s.aRwnd()));
            f.put("gap_blocks", Integer.toString(s.gapAckBlocks().size()));
            f.put("dup_tsns", Integer.toString(s.duplicateTsns().size()));
        } else if (chunk instanceof CookieEchoChunk c) {
            f.put("cookie_len", Integer.toString(c.cookie().length));
        } else if (chunk instanceof HeartbeatRequestChunk h) {
            // the capture tool's info_len is the Heartbeat Info TLV length, header included
            f.put("info_len", Integer.toString(Parameters.HEADER_SIZE + h.info().info().length));
        } else if (chunk instanceof HeartbeatAckChunk h) {
            f.put("info_len", Integer.toString(Parameters.HEADER_SIZE + h.info().info().length));
        } else if (chunk instanceof AbortChunk a) {
            f.put("T", Boolean.toString(a.tagReflected()));
            ByteWriter w = new ByteWriter();
            ErrorCauses.writeAll(a.causes(), w);
            f.put("causes", HexFormat.of().formatHex(w.toByteArray()));
        } else if (chunk instanceof ReConfigChunk r) {
            f.put("param_types", r.parameters().stream().map(p -> Integer.toString(p.type()))
                    .collect(Collectors.joining(",")));
            for (Parameter p : r.parameters()) {
                if (p instanceof OutgoingSsnResetRequestParameter o) {
                    f.put("req_seq", Integer.toUnsignedString(o.requestSequenceNumber()));
                    f.put("resp_seq", Integer.toUnsignedString(o.responseSequenceNumber()));
                    f.put("last_tsn", Integer.toUnsignedString(o.sendersLastAssignedTsn()));
                    List<String> s = new ArrayList<>();
                    for (int sid : o.streamIds()) {
                        s.add(Integer.toString(sid));
                    }
                    f.put("streams", String.join(",", s));
                } else if (p instanceof ReconfigurationResponseParameter rr) {
                    f.put("req_seq", Integer.toUnsignedString(rr.responseSequenceNumber()));
                    f.put("result", Integer.toString(rr.result()));
                }
            }
        }
        return f;
    }

    private static void putInit(Map<String, String> f, int tag, int aRwnd, int os, int mis, int tsn,
                                List<Parameter> params) {
        f.put("init_tag", String.format("0x%08x", tag));
        f.put("a_rwnd", Integer.toUnsignedString(aRwnd));
        f.put("os", Integer.toString(os));
        f.put("mis", Integer.toString(mis));
        f.put("initial_tsn", Integer.toUnsignedString(tsn));
        f.put("param_types", params.stream().map(p -> String.format("0x%04x", p.type())).collect(Collectors.joining(",")));
        for (Parameter p : params) {
            if (p instanceof SupportedExtensionsParameter s) {
                List<String> types = new ArrayList<>();
                for (int t : s.chunkTypes()) {
                    types.add(String.format("0x%02x", t));
                }
                f.put("extensions", String.join(",", types));
            } else if (p instanceof StateCookieParameter c) {
                f.put("cookie_len", Integer.toString(c.cookie().length));
            }
        }
    }

    private static void putData(Map<String, String> f, byte[] payload, int ppid, boolean u, boolean b, boolean e,
                                boolean i) throws Exception {
        f.put("user_len", Integer.toString(payload.length));
        f.put("U", Boolean.toString(u));
        f.put("B", Boolean.toString(b));
        f.put("E", Boolean.toString(e));
        f.put("I", Boolean.toString(i));
        if (ppid == 50 && payload.length > 0 && payload[0] == DcepOpenMessage.MESSAGE_TYPE) {
            DcepOpenMessage open = DcepOpenMessage.parse(payload);
            f.put("dcep_channel_type", String.format("0x%02x", open.channelType().code()));
            f.put("dcep_priority", Integer.toString(open.priority()));
            f.put("dcep_reliability", Integer.toString(open.reliabilityParameter()));
            f.put("dcep_label", open.label());
            f.put("dcep_protocol", open.protocol());
        }
    }
}
