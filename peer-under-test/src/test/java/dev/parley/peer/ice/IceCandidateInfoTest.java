package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class IceCandidateInfoTest {

    @DataProvider
    public Object[][] browserCandidates() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ice/browser-candidates.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines()
                    .filter(l -> l.startsWith("candidate:")).toList();
            return lines.stream().map(l -> new Object[] {l}).toArray(Object[][]::new);
        }
    }

    @Test(dataProvider = "browserCandidates")
    public void browserCandidateLinesParseAndSurviveARoundTrip(String line) {
        IceCandidateInfo parsed = IceCandidateInfo.parse("a=" + line);

        IceCandidateInfo again = IceCandidateInfo.parse(parsed.toCandidateLine());

        assertEquals(again, parsed);
        assertEquals(parsed.component(), 1);
        assertEquals(parsed.type(), RTCIceCandidateType.HOST);
    }

    @Test
    public void chromeHostCandidateFields() {
        IceCandidateInfo c = IceCandidateInfo.parse(
                "candidate:1253558144 1 udp 2122260223 10.213.0.1 37856 typ host generation 0 ufrag 92pm network-id 1");

        assertEquals(c.foundation(), "1253558144");
        assertEquals(c.protocol(), RTCIceProtocol.UDP);
        assertEquals(c.priority(), 2122260223L);
        assertEquals(c.address(), "10.213.0.1");
        assertEquals(c.port(), 37856);
        assertEquals(c.usernameFragment(), Optional.of("92pm"));
        assertEquals(c.componentName(), "rtp");
        assertTrue(c.tcpType().isEmpty());
    }

    @Test
    public void chromeTcpActiveCandidate() {
        IceCandidateInfo c = IceCandidateInfo.parse("candidate:2366603514 1 tcp 1518280447 10.213.0.1 9 typ host tcptype active generation 0");

        assertEquals(c.protocol(), RTCIceProtocol.TCP);
        assertEquals(c.tcpType(), Optional.of(RTCIceTcpCandidateType.ACTIVE));
    }

    @Test
    public void relayedCandidateKeepsRelatedAddress() {
        String line = "candidate:3 1 udp 41885439 10.213.0.1 49160 typ relay raddr 10.213.0.1 rport 40000 generation 0 ufrag abcd";

        IceCandidateInfo c = IceCandidateInfo.parse(line);

        assertEquals(c.type(), RTCIceCandidateType.RELAY);
        assertEquals(c.relatedAddress(), Optional.of("10.213.0.1"));
        assertEquals(c.relatedPort(), Optional.of(40000));
        assertEquals(c.toCandidateLine(), line);
    }

    @Test
    public void mdnsNamesAreRecognised() {
        assertTrue(IceCandidateInfo.parse("candidate:1 1 udp 2122260223 3f0c1d2e-aaaa-bbbb-cccc-0123456789ab.local 5000 typ host").isMdnsName());
        assertFalse(IceCandidateInfo.parse("candidate:1 1 udp 2122260223 10.213.0.1 5000 typ host").isMdnsName());
    }

    @DataProvider
    public Object[][] malformed() {
        return new Object[][] {
            {"foundation 1 udp 1 10.0.0.1 1 typ host"},
            {"candidate:1 1 udp 1 10.0.0.1 1 type host"},
            {"candidate:1 1 sctp 1 10.0.0.1 1 typ host"},
            {"candidate:1 1 udp 1 10.0.0.1 70000 typ host"},
            {"candidate:1 1 udp x 10.0.0.1 1 typ host"},
            {"candidate:1 1 udp 1 10.0.0.1 1 typ nat"},
            {"candidate:1 1 udp 1 10.0.0.1"},
        };
    }

    @Test(dataProvider = "malformed")
    public void malformedLinesAreRefusedWithAReason(String line) {
        assertThrows(IllegalArgumentException.class, () -> IceCandidateInfo.parse(line));
    }
}
