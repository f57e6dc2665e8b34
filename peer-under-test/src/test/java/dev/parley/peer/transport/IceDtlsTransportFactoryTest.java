package dev.parley.peer.transport;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.api.RTCPeerConnectionState;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

/**
 * Two RTCPeerConnections of this JVM on the real ICE and DTLS transports, connecting over the test network
 * (run with -Dparley.test.jvm=.../tools/netns/bin/java).
 */
public class IceDtlsTransportFactoryTest {

    private static final Logger LOG = LoggerFactory.getLogger(IceDtlsTransportFactoryTest.class);

    @Test(description = "webrtc/RTCPeerConnection-connectionState.https.html: connectionState transitions to "
            + "connected via connecting")
    public void twoJavaPeersConnectThroughNewConnectingConnected() throws Exception {
        try (JavaPair pair = new JavaPair()) {
            pair.offerer.pc.createDataChannel("chat");
            long started = System.nanoTime();
            pair.negotiate();
            pair.await("both connected", () -> connected(pair.offerer) && connected(pair.answerer));
            LOG.info("java<->java offer to connected: {} ms", (System.nanoTime() - started) / 1_000_000);
            for (JavaPair.Side side : List.of(pair.offerer, pair.answerer)) {
                assertEquals(side.of("connectionstatechange"), List.of("connecting", "connected"), side.name);
                assertTrue(List.of(List.of("checking", "connected"), List.of("checking", "connected", "completed"))
                        .contains(side.of("iceconnectionstatechange")), side.name + ": " + side.events);
                assertEquals(side.of("icegatheringstatechange"), List.of("gathering", "complete"), side.name);
                List<String> states = side.events.stream().filter(e -> e.contains("connectionstatechange")).toList();
                assertEquals(states.subList(0, 2), List.of("iceconnectionstatechange:checking",
                        "connectionstatechange:connecting"), side.name + ": both derived from ICE checking");
                List<String> candidates = side.of("icecandidate");
                assertEquals(candidates.subList(candidates.size() - 2, candidates.size()),
                        List.of("end-of-candidates", "null"), side.name + ": gathering ends with \"\", then null");
                assertTrue(candidates.contains("host"), side.name + ": " + candidates);
            }
        }
    }

    @Test(description = "RFC 8122 section 5: a certificate that matches no a=fingerprint ends the connection "
            + "in failed")
    public void aTamperedFingerprintEndsInFailed() throws Exception {
        try (JavaPair pair = new JavaPair()) {
            pair.offerer.pc.createDataChannel("chat");
            pair.negotiate(JavaPair::tamper);
            // Events are delivered on their own executor, after the state changed: wait for the event.
            pair.await("the answerer's connectionstatechange to failed",
                    () -> pair.answerer.of("connectionstatechange").contains("failed"));
            assertEquals(pair.answerer.pc.connectionState(), RTCPeerConnectionState.FAILED);
            assertEquals(pair.answerer.of("connectionstatechange"), List.of("connecting", "failed"));
            pair.await("the offerer failed", () -> pair.offerer.pc.connectionState() == RTCPeerConnectionState.FAILED);
            assertTrue(!pair.offerer.of("connectionstatechange").contains("connected"), pair.offerer.events.toString());
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-restartIce.https.html: restartIce() works in stable state")
    public void restartIceReconnectsWithNewCredentials() throws Exception {
        try (JavaPair pair = new JavaPair()) {
            pair.offerer.pc.createDataChannel("chat");
            pair.negotiate();
            pair.await("both connected", () -> connected(pair.offerer) && connected(pair.answerer));
            String oldUfrag = ufrag(pair.offerer.pc.localDescription().sdp());
            Object offererPair = selectedPair(pair.offerer);
            Object answererPair = selectedPair(pair.answerer);
            pair.offerer.events.clear();
            pair.answerer.events.clear();
            pair.offerer.pc.restartIce();
            pair.negotiate();
            assertNotEquals(ufrag(pair.offerer.pc.localDescription().sdp()), oldUfrag);
            pair.await("both gathered again", () -> pair.offerer.of("icegatheringstatechange").contains("complete")
                    && pair.answerer.of("icegatheringstatechange").contains("complete"));
            awaitNewGeneration(pair, pair.offerer, offererPair);
            awaitNewGeneration(pair, pair.answerer, answererPair);
            assertTrue(connected(pair.offerer) && connected(pair.answerer),
                    pair.offerer.events + " / " + pair.answerer.events);
            for (JavaPair.Side side : List.of(pair.offerer, pair.answerer)) {
                assertEquals(side.of("icegatheringstatechange"), List.of("gathering", "complete"), side.name);
                assertTrue(!side.of("connectionstatechange").contains("failed"), side.name + ": " + side.events);
            }
        }
    }

    @Test(description = "RFC 8445 section 9: an ICE restart offered by the first answerer reconnects, with the "
            + "new offerer controlling and DTLS kept")
    public void restartIceFromTheAnswererSideReconnects() throws Exception {
        try (JavaPair pair = new JavaPair()) {
            pair.offerer.pc.createDataChannel("chat");
            pair.negotiate();
            pair.await("both connected", () -> connected(pair.offerer) && connected(pair.answerer));
            Object offererPair = selectedPair(pair.offerer);
            Object answererPair = selectedPair(pair.answerer);
            pair.offerer.events.clear();
            pair.answerer.events.clear();
            pair.answerer.pc.restartIce();
            pair.negotiate(pair.answerer, pair.offerer, UnaryOperator.identity());
            pair.await("both gathered again", () -> pair.offerer.of("icegatheringstatechange").contains("complete")
                    && pair.answerer.of("icegatheringstatechange").contains("complete"));
            awaitNewGeneration(pair, pair.answerer, answererPair);
            awaitNewGeneration(pair, pair.offerer, offererPair);
            assertEquals(transportStats(pair.answerer).get("iceRole"), "controlling");
            assertEquals(transportStats(pair.offerer).get("iceRole"), "controlled");
            for (JavaPair.Side side : List.of(pair.offerer, pair.answerer)) {
                assertTrue(!side.of("connectionstatechange").contains("failed"), side.name + ": " + side.events);
            }
        }
    }

    /**
     * Waits until the restarted generation carries the transport: a pair of its own (new local ports) is
     * selected, with DTLS still connected over it.
     */
    private static void awaitNewGeneration(JavaPair pair, JavaPair.Side side, Object oldPair) throws Exception {
        pair.await(side.name + "'s new ICE generation selected", () -> {
            Map<String, Object> transport = transportStats(side);
            Object selected = transport.get("selectedCandidatePairId");
            return selected != null && !selected.equals(oldPair) && "connected".equals(transport.get("dtlsState"));
        });
    }

    private static Object selectedPair(JavaPair.Side side) {
        return transportStats(side).get("selectedCandidatePairId");
    }

    private static Map<String, Object> transportStats(JavaPair.Side side) {
        try {
            return JavaPair.await(side.pc.getStats()).ofType("transport").get(0);
        } catch (Exception e) {
            throw new AssertionError("getStats() failed", e);
        }
    }

    private static boolean connected(JavaPair.Side side) {
        return side.pc.connectionState() == RTCPeerConnectionState.CONNECTED;
    }

    private static String ufrag(String sdp) {
        return sdp.lines().filter(l -> l.startsWith("a=ice-ufrag:")).findFirst().orElseThrow();
    }
}
