package dev.parley.harness.impair;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.harness.call.SignalingTransform.Sender;
import dev.parley.harness.peer.SessionDescription;
import java.net.InetAddress;
import java.util.Optional;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.Test;

public class ImpairedPathTest {

    @AfterMethod(alwaysRun = true)
    public void clearProperties() {
        System.clearProperty(ImpairedPath.PROPERTY);
        System.clearProperty(ImpairedPath.BIND_PROPERTY);
    }

    @Test
    public void noPropertyMeansNoPath() {
        assertEquals(ImpairedPath.fromSystem(), Optional.empty());
        System.setProperty(ImpairedPath.PROPERTY, " ");
        assertEquals(ImpairedPath.fromSystem(), Optional.empty());
    }

    @Test
    public void thePropertyGivesAPathWithThatImpairment() {
        System.setProperty(ImpairedPath.PROPERTY, "loss=10%,delay=50ms");
        System.setProperty(ImpairedPath.BIND_PROPERTY, "127.0.0.1");
        try (ImpairedPath path = ImpairedPath.fromSystem().orElseThrow()) {
            assertEquals(path.impairment(), Impairment.parse("delay=50ms,loss=10%"));
            assertEquals(path.forwarder().bindAddress(), InetAddress.getLoopbackAddress());
        }
    }

    @Test
    public void aBadSpecOrBindAddressFailsClearly() {
        System.setProperty(ImpairedPath.PROPERTY, "loss=lots");
        assertTrue(expectThrows(IllegalArgumentException.class, ImpairedPath::fromSystem).getMessage()
                .contains("loss 'lots' is not a percentage"));
        System.setProperty(ImpairedPath.PROPERTY, "loss=1%");
        System.setProperty(ImpairedPath.BIND_PROPERTY, "localhost");
        assertTrue(expectThrows(IllegalArgumentException.class, ImpairedPath::fromSystem).getMessage()
                .contains("parley.impair.bind must be an IPv4 address"));
    }

    @Test
    public void outsideTheTestNetworkTheForwarderStaysOnLoopback() {
        InetAddress bind = ImpairedPath.defaultBindAddress();
        if ("1".equals(System.getenv("PARLEY_NETNS"))) {
            assertFalse(bind.isLoopbackAddress(), "inside the namespace: the veth address, got " + bind);
        } else {
            assertTrue(bind.isLoopbackAddress(), bind.toString());
        }
    }

    @Test
    public void descriptionsAndCandidatesOfBothPeersAreRewrittenAndRollbacksPass() throws Exception {
        try (ImpairedPath path = ImpairedPath.start(Impairment.none(), InetAddress.getLoopbackAddress())) {
            SessionDescription offer = new SessionDescription("offer",
                    CandidateRewriterTest.sample("chrome-offer-data-only.sdp"));
            SessionDescription seen = path.description(Sender.OFFERER, offer);
            assertEquals(seen.type(), "offer");
            assertFalse(seen.sdp().contains("10.213.0.1 "), seen.sdp());
            String candidate = path.candidate(Sender.ANSWERER,
                    "candidate:1 1 udp 2122260223 10.213.0.1 40000 typ host").orElseThrow();
            assertTrue(candidate.contains(" 127.0.0.1 "), candidate);
            assertEquals(path.forwarder().fronts().size(), 2);
            SessionDescription rollback = SessionDescription.rollback();
            assertEquals(path.description(Sender.OFFERER, rollback), rollback);
        }
    }
}
