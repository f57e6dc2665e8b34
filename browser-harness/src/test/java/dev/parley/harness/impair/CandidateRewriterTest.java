package dev.parley.harness.impair;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.harness.impair.UdpForwarder.Side;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Real Chromium 156 and Firefox ESR 153 SDP (host candidates on 10.213.0.1) through the rewriter. */
public class CandidateRewriterTest {
    private static final String REAL = "10.213.0.1";
    private UdpForwarder forwarder;
    private CandidateRewriter rewriter;
    private String front;

    @BeforeMethod
    public void startForwarder() {
        forwarder = UdpForwarder.start(InetAddress.getLoopbackAddress(), Impairment.none());
        rewriter = new CandidateRewriter(forwarder);
        front = forwarder.bindAddress().getHostAddress();
    }

    @AfterMethod(alwaysRun = true)
    public void closeForwarder() {
        forwarder.close();
    }

    @DataProvider
    public static Object[][] samples() {
        return new Object[][] {{"chrome-offer-av-data.sdp"}, {"firefox-offer-av-data.sdp"},
            {"chrome-answer-to-firefox-av-data.sdp"}, {"firefox-answer-to-chrome-av-data.sdp"},
            {"chrome-answer-to-chrome-av-data.sdp"}, {"firefox-answer-to-firefox-av-data.sdp"},
            {"chrome-offer-data-only.sdp"}, {"firefox-offer-data-only.sdp"}};
    }

    @Test(dataProvider = "samples")
    public void noRealAddressIsLeftAndEveryUdpCandidateNamesAFront(String sample) throws IOException {
        String sdp = sample(sample);
        String rewritten = rewriter.rewriteSdp(Side.A, sdp);

        assertFalse(rewritten.contains(" " + REAL), "a real address is left:\n" + rewritten);
        List<String> candidates = lines(rewritten).stream().filter(l -> l.startsWith("a=candidate:")).toList();
        long udpBefore = lines(sdp).stream().filter(l -> l.startsWith("a=candidate:"))
                .filter(l -> l.split(" ")[2].equalsIgnoreCase("udp")).count();
        assertEquals(candidates.size(), udpBefore, "every UDP candidate kept, every TCP one dropped");
        assertTrue(udpBefore > 0, sample + " has candidates");
        for (String line : candidates) {
            String[] f = line.split(" ");
            assertEquals(f[2].toLowerCase(), "udp", line);
            assertEquals(f[4], front, line);
            assertTrue(forwarder.fronts().containsValue(new InetSocketAddress(forwarder.bindAddress(),
                    Integer.parseInt(f[5]))), line + " names a front");
        }
    }

    @Test(dataProvider = "samples")
    public void everythingElseIsUntouchedAndLineEndingsKept(String sample) throws IOException {
        String sdp = sample(sample);
        String rewritten = rewriter.rewriteSdp(Side.B, sdp);
        assertTrue(rewritten.endsWith("\r\n"));
        assertFalse(rewritten.replace("\r\n", "").contains("\n"), "bare LF in the output");
        List<String> before = lines(sdp).stream().filter(CandidateRewriterTest::notAddressLine).toList();
        List<String> after = lines(rewritten).stream().filter(CandidateRewriterTest::notAddressLine).toList();
        assertEquals(after, before);
    }

    @Test
    public void theDefaultCandidateOnMAndCAndRtcpLinesGoesToItsFront() throws IOException {
        String rewritten = rewriter.rewriteSdp(Side.A, sample("firefox-offer-av-data.sdp"));
        int audio = forwarder.fronts().get(real(57376)).getPort();
        int audioRtcp = forwarder.fronts().get(real(36826)).getPort();
        List<String> lines = lines(rewritten);
        assertTrue(lines.contains("m=audio " + audio + " UDP/TLS/RTP/SAVPF 109 9 0 8 101"), rewritten);
        assertTrue(lines.contains("a=rtcp:" + audioRtcp + " IN IP4 " + front), rewritten);
        assertEquals(lines.stream().filter(l -> l.startsWith("c=")).distinct().toList(), List.of("c=IN IP4 " + front));
    }

    @Test
    public void sectionsWithoutADefaultCandidateStayAsTheyAre() throws IOException {
        String rewritten = rewriter.rewriteSdp(Side.B, sample("chrome-answer-to-firefox-av-data.sdp"));
        List<String> lines = lines(rewritten);
        assertTrue(lines.contains("m=video 9 UDP/TLS/RTP/SAVPF 120 124 121 125 99 100 123 122 119"));
        assertTrue(lines.contains("c=IN IP4 0.0.0.0"));
    }

    @Test
    public void descriptionsWithoutCandidatesAndEmptyOnesPassUnchanged() throws IOException {
        String sdp = sample("chrome-offer-transceivers-no-candidates.sdp");
        assertEquals(rewriter.rewriteSdp(Side.A, sdp), sdp);
        assertEquals(rewriter.rewriteSdp(Side.A, ""), "");
        assertTrue(forwarder.fronts().isEmpty());
    }

    @Test
    public void aTrickledCandidateAndTheSameOneInTheSdpShareAFront() throws IOException {
        String sdp = rewriter.rewriteSdp(Side.A, sample("chrome-offer-data-only.sdp"));
        String line = lines(sample("chrome-offer-data-only.sdp")).stream()
                .filter(l -> l.startsWith("a=candidate:")).findFirst().orElseThrow();
        String trickled = rewriter.rewriteCandidate(Side.A, line.substring(2)).orElseThrow();
        assertTrue(lines(sdp).contains("a=" + trickled), trickled);
        assertEquals(forwarder.fronts().size(), 1);
    }

    @DataProvider
    public static Object[][] trickled() {
        return new Object[][] {
            {"candidate:3150478557 1 udp 2122260223 10.213.0.1 54240 typ host generation 0 network-id 1", true},
            {"candidate:0 2 UDP 2122252542 10.213.0.1 36826 typ host", true},
            {"candidate:842163049 1 udp 1677729535 10.213.0.9 61000 typ srflx raddr 10.213.0.1 rport 54240", true},
            {"candidate:5 1 udp 41885439 10.213.0.2 49160 typ relay raddr 10.213.0.1 rport 54240", true},
            {"candidate:3305610821 1 tcp 1518280447 10.213.0.1 9 typ host tcptype active", false},
            {"candidate:1 1 UDP 2122187007 ::1 50000 typ host", false},
            {"candidate:1 1 UDP 2122187007 fd00::1 50000 typ host", false},
            {"candidate:2 1 udp 2122260223 127.0.0.1 50001 typ host", false},
            {"candidate:3 1 udp 2122260223 0.0.0.0 50002 typ host", false},
            {"candidate:4 1 udp 2122260223 9b36eaac-bb2e-49bb-bb78-21c41c499900.local 50003 typ host", false},
            {"candidate:6 1 udp 2122260223 10.213.0.1 50004 typ prflx", false},
            {"candidate:7 1 udp 2122260223 300.1.1.1 50005 typ host", false},
            {"candidate:8 1 udp 2122260223 10.213.0.1 0 typ host", false},
            {"candidate:9 1 udp", false},
            {"not a candidate at all", false},
        };
    }

    @Test(dataProvider = "trickled")
    public void onlyUdpIpv4HostSrflxAndRelayCandidatesAreKept(String candidate, boolean kept) {
        Optional<String> rewritten = rewriter.rewriteCandidate(Side.B, candidate);
        assertEquals(rewritten.isPresent(), kept, candidate + " -> " + rewritten);
        if (kept) {
            String[] before = candidate.split(" ");
            String[] after = rewritten.get().split(" ");
            InetSocketAddress real = new InetSocketAddress(before[4], Integer.parseInt(before[5]));
            InetSocketAddress front = forwarder.fronts().get(real);
            assertEquals(after[4], front.getAddress().getHostAddress());
            assertEquals(after[5], Integer.toString(front.getPort()));
            after[4] = before[4];
            after[5] = before[5];
            assertEquals(after, before, "only the address and port change");
        }
    }

    @Test
    public void endOfCandidatesPassesUnchanged() {
        assertEquals(rewriter.rewriteCandidate(Side.A, ""), Optional.of(""));
    }

    private static boolean notAddressLine(String line) {
        return !line.startsWith("a=candidate:") && !line.startsWith("c=") && !line.startsWith("m=")
                && !line.startsWith("a=rtcp:");
    }

    private static InetSocketAddress real(int port) {
        return new InetSocketAddress(REAL, port);
    }

    private static List<String> lines(String sdp) {
        return Arrays.asList(sdp.split("\r\n"));
    }

    static String sample(String name) throws IOException {
        try (InputStream in = CandidateRewriterTest.class.getResourceAsStream("/sdp/" + name)) {
            if (in == null) {
                throw new IOException("no test resource /sdp/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
