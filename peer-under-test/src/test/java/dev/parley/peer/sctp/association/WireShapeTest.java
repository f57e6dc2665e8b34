package dev.parley.peer.sctp.association;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.datachannel.DataChannelParameters;
import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SctpSamples;
import dev.parley.peer.sctp.packet.AbortChunk;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.Chunks;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.OutgoingSsnResetRequestParameter;
import dev.parley.peer.sctp.packet.Parameters;
import dev.parley.peer.sctp.packet.ReConfigChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import java.util.HexFormat;
import java.util.List;
import org.testng.annotations.Test;

/** What Parley puts on the wire looks like what the browsers put there (see the captures). */
public class WireShapeTest {

    private static final HexFormat HEX = HexFormat.of();

    private static byte[] capturedChunk(String sender, String kind, int type) throws Exception {
        SctpSamples.ChunkSample sample = SctpSamples.chunkSamples().stream()
                .filter(s -> s.sender().equals(sender) && s.kind().equals(kind)).findFirst().orElseThrow();
        for (Chunk c : SctpPacket.parse(sample.packet()).chunks()) {
            if (c.type() == type) {
                return Chunks.serialize(c);
            }
        }
        throw new AssertionError("no chunk " + type + " in " + kind);
    }

    @Test
    public void abortLikePcCloseIsByteForByteTheAbortOfDcsctp() throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.association.abort("Close called", p.now);
        byte[] ours = Chunks.serialize(p.receiveChunks().get(0));
        assertEquals(HEX.formatHex(ours), HEX.formatHex(capturedChunk("chrome", "ABORT", AbortChunk.TYPE)));
        assertEquals(HEX.formatHex(ours), "06000014000c0010436c6f73652063616c6c6564");
    }

    @Test
    public void closingAStreamSendsTheTwentyTwoByteReConfigTheBrowsersSend() throws Exception {
        ManualPeer p = ManualPeer.established(10);
        p.association.resetStreams(new int[] {3}, p.now);
        ReConfigChunk reconfig = (ReConfigChunk) p.receiveChunks().get(0);
        byte[] wire = Chunks.serialize(reconfig);
        assertEquals(((wire[2] & 0xff) << 8) | (wire[3] & 0xff), 22);
        OutgoingSsnResetRequestParameter req = (OutgoingSsnResetRequestParameter) reconfig.parameters().get(0);
        assertEquals(req.streamIds(), new int[] {3});
        byte[] chrome = capturedChunk("chrome", "RE-CONFIG OutgoingSSNResetRequest", ReConfigChunk.TYPE);
        assertEquals(wire.length, chrome.length);
    }

    @Test
    public void ourInitCarriesTheBrowsersParametersInFirefoxsOrderPlusZeroChecksum() throws Exception {
        SctpAssociation a = new SctpAssociation(SctpOptions.defaults());
        a.connect(0);
        InitChunk init = (InitChunk) SctpPacket.parse(a.pollPacket()).chunks().get(0);
        InitChunk firefox = (InitChunk) SctpPacket.parse(SctpSamples.chunkSamples().stream()
                .filter(s -> s.sender().equals("firefox-dcsctp") && s.kind().equals("INIT")).findFirst().orElseThrow()
                .packet()).chunks().get(0);
        assertEquals(init.outboundStreams(), firefox.outboundStreams());
        assertEquals(init.inboundStreams(), firefox.inboundStreams());
        List<byte[]> ourParams = init.parameters().stream().map(Parameters::serialize).toList();
        List<byte[]> theirs = firefox.parameters().stream().map(Parameters::serialize).toList();
        assertEquals(HEX.formatHex(ourParams.get(0)), HEX.formatHex(theirs.get(0)), "Forward-TSN-Supported");
        assertEquals(HEX.formatHex(ourParams.get(1)), HEX.formatHex(theirs.get(1)), "Supported Extensions 82 c0 40 c2");
        assertEquals(HEX.formatHex(ourParams.get(2)), "8001000800000001", "Zero Checksum Acceptable, DTLS");
        assertEquals(ourParams.size(), 3);
    }

    @Test
    public void ourDcepOpenForAReliableChannelIsChromiumsOpen() throws Exception {
        byte[] chrome = null;
        SctpSamples.ChunkSample sample = SctpSamples.chunkSamples().stream()
                .filter(s -> s.sender().equals("chrome") && s.kind().contains("DATA_CHANNEL_OPEN label=main"))
                .findFirst().orElseThrow();
        for (Chunk c : SctpPacket.parse(sample.packet()).chunks()) {
            if (c instanceof DataChunk d && d.ppid() == 50) {
                chrome = d.payload();
            }
        }
        assertTrue(chrome != null);
        assertEquals(HEX.formatHex(DataChannelParameters.reliable("main").toOpen().serialize()), HEX.formatHex(chrome));
    }
}
