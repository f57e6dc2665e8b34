package dev.parley.peer.sdp;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.List;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** RFC 8866 parsing and writing, on every real browser SDP this project keeps. */
public class SdpParserTest {

    @DataProvider
    public Object[][] samples() {
        return SdpSamples.provider(SdpSamples.ALL);
    }

    @Test(dataProvider = "samples")
    public void everyBrowserSampleParsesWithItsMediaSectionsAndMids(String name) throws Exception {
        Sdp sdp = SdpParser.parse(SdpSamples.read(name));
        assertFalse(sdp.media().isEmpty(), name);
        List<String> mids = sdp.media().stream().map(m -> m.mid().orElseThrow()).toList();
        assertEquals(sdp.bundleMids(), mids, "every section is in the BUNDLE group of " + name);
    }

    @Test(dataProvider = "samples")
    public void writingAParsedBrowserSampleGivesBackTheSameText(String name) throws Exception {
        String text = SdpSamples.read(name);
        assertEquals(SdpWriter.write(SdpParser.parse(text)), text);
    }

    @Test(dataProvider = "samples")
    public void parseAndWriteAreInverse(String name) throws Exception {
        Sdp sdp = SdpParser.parse(SdpSamples.read(name));
        assertEquals(SdpParser.parse(SdpWriter.write(sdp)), sdp);
    }

    @Test
    public void lineFeedOnlyLineEndsAreAccepted() throws Exception {
        String text = SdpSamples.read("chrome-offer-data-only.sdp").replace("\r\n", "\n");
        assertEquals(SdpParser.parse(text).media().get(0).attribute("sctp-port").orElseThrow(), "5000");
    }

    @Test
    public void chromeOpusCodecIsReadWithFmtpAndFeedback() throws Exception {
        SdpMedia audio = SdpParser.parse(SdpSamples.read("chrome-offer-av-data.sdp")).media().get(0);
        RtpCodec opus = audio.codecs().get(0);
        assertEquals(opus.rtpmapValue(), "111 opus/48000/2");
        assertEquals(opus.fmtp(), "minptime=10;useinbandfec=1");
        assertEquals(opus.rtcpFeedback(), List.of("transport-cc"));
    }

    @Test
    public void firefoxExplicitChannelCountOfOneReadsAsOneChannel() throws Exception {
        SdpMedia audio = SdpParser.parse(SdpSamples.read("firefox-offer-av-data.sdp")).media().get(0);
        RtpCodec g722 = audio.codecs().stream().filter(c -> c.name().equals("G722")).findFirst().orElseThrow();
        assertEquals(g722.channels(), 1);
    }

    @Test
    public void firefoxSessionLevelFingerprintAppliesToEveryMediaSection() throws Exception {
        Sdp sdp = SdpParser.parse(SdpSamples.read("firefox-offer-av-data.sdp"));
        assertTrue(sdp.mediaOrSessionAttribute(sdp.media().get(2), "fingerprint").orElseThrow().startsWith("sha-256 "));
    }

    @Test
    public void extmapWithDirectionIsRead() throws Exception {
        assertEquals(SdpExtmap.parse("2/recvonly urn:ietf:params:rtp-hdrext:csrc-audio-level").orElseThrow(),
                new SdpExtmap(2, "recvonly", "urn:ietf:params:rtp-hdrext:csrc-audio-level", null));
    }

    @Test
    public void chromeTcpCandidateIsRead() throws Exception {
        SdpCandidate c = SdpCandidate.parse(
                "candidate:3305610821 1 tcp 1518280447 10.213.0.1 9 typ host tcptype active generation 0 network-id 1");
        assertEquals(c.tcpType(), "active");
        assertEquals(c.priority(), 1518280447L);
        assertEquals(c.type(), "host");
    }

    @Test
    public void candidateWithTopPriorityDoesNotOverflow() throws Exception {
        assertEquals(SdpCandidate.parse("candidate:1 1 udp 4294967295 10.0.0.1 5000 typ host").priority(),
                4294967295L);
    }

    @DataProvider
    public Object[][] malformed() {
        return new Object[][] {
            {"", 0}, {"o=- 1 1 IN IP4 0.0.0.0\r\n", 1}, {"v=1\r\n", 1},
            {"v=0\r\ns=-\r\nt=0 0\r\n", 0},
            {"v=0\r\no=- 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n", 2},
            {"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0\r\n", 4},
            {"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio x UDP/TLS/RTP/SAVPF 0\r\n", 5},
            {"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF\r\n", 5},
            {"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nx=unknown\r\n", 5},
            {"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\nt=0 0\r\n", 6},
            {"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\nnot an sdp line\r\n", 5},
            {"v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\na=:value\r\n", 5},
        };
    }

    @Test(dataProvider = "malformed")
    public void malformedTextIsRejectedWithItsLineNumber(String text, int line) {
        SdpParseException e = expectThrows(SdpParseException.class, () -> SdpParser.parse(text));
        assertEquals(e.lineNumber(), line, e.getMessage());
    }

    @DataProvider
    public Object[][] badCandidates() {
        return new Object[][] {
            {"candidate:1 1 udp 100 10.0.0.1 5000 host"}, {"candidate:1 x udp 100 10.0.0.1 5000 typ host"},
            {"candidate:1 1 udp 100 10.0.0.1 70000 typ host"}, {"candidate:1 1 udp 100 10.0.0.1 5000 typ bogus"},
            {"candidate:1 1 udp 100 10.0.0.1 5000 typ host raddr"},
        };
    }

    @Test(dataProvider = "badCandidates")
    public void malformedCandidateIsRejected(String text) {
        expectThrows(SdpParseException.class, () -> SdpCandidate.parse(text));
    }
}
