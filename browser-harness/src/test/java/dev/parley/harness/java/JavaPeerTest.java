package dev.parley.harness.java;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.MessageSpec;
import dev.parley.harness.peer.OfferOptions;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.harness.peer.PeerException;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.peer.api.TransportFactory;
import java.util.List;
import java.util.Map;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** The Java peer driven through the harness's Peer interface, as the suites drive every peer. */
public class JavaPeerTest {

    private JavaPeer caller;
    private JavaPeer callee;

    @BeforeMethod
    public void open() {
        caller = new JavaPeer(TransportFactory.NONE);
        callee = new JavaPeer(TransportFactory.NONE);
        caller.open(PeerConfiguration.defaults());
        callee.open(PeerConfiguration.defaults());
    }

    @AfterMethod
    public void close() {
        caller.close();
        callee.close();
    }

    private void exchange() {
        SessionDescription offer = caller.createOffer(OfferOptions.NONE);
        caller.setLocalDescription(offer);
        callee.setRemoteDescription(offer);
        SessionDescription answer = callee.createAnswer();
        callee.setLocalDescription(answer);
        caller.setRemoteDescription(answer);
    }

    @Test
    public void offerAnswerBetweenTwoJavaPeersReachesStableWithMatchingDescriptions() {
        caller.addUserMedia(true, true);
        caller.createDataChannel("chat", DataChannelInit.DEFAULT);
        exchange();
        assertEquals(caller.signalingState(), "stable");
        assertEquals(callee.signalingState(), "stable");
        assertEquals(caller.currentRemoteDescription(), callee.currentLocalDescription());
        assertNull(caller.pendingLocalDescription());
    }

    @Test
    public void eventTimelineHasTheSpecEventsWithMonotonicTimestamps() {
        caller.addUserMedia(true, false);
        exchange();
        List<PeerEvent> events = callee.events();
        assertEquals(events.stream().map(e -> e.type() + ":" + e.value()).toList(), List.of(
                "signalingstatechange:have-remote-offer", "track:audio", "signalingstatechange:stable"));
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i).timeMs() >= events.get(i - 1).timeMs());
        }
    }

    @Test
    public void rejectedPromiseBecomesAPeerExceptionWithTheDomExceptionName() {
        PeerException e = expectThrows(PeerException.class,
                () -> caller.setRemoteDescription(new SessionDescription("answer", "v=0")));
        assertEquals(e.name(), "InvalidStateError");
    }

    @Test
    public void unknownDescriptionTypeIsATypeError() {
        assertEquals(expectThrows(PeerException.class,
                () -> caller.setRemoteDescription(new SessionDescription("bogus", ""))).name(), "TypeError");
    }

    @Test
    public void addUserMediaAddsOneSyntheticTrackPerKind() {
        assertEquals(caller.addUserMedia(true, true).size(), 2);
        String sdp = caller.createOffer(OfferOptions.NONE).sdp();
        assertTrue(sdp.contains("m=audio") && sdp.contains("m=video"));
    }

    @Test
    public void newDataChannelIsConnectingAndSendingIsTheSpecsInvalidStateError() {
        String handle = caller.createDataChannel("chat", DataChannelInit.maxRetransmits(3));
        assertEquals(caller.dataChannels(), List.of(handle));
        assertEquals(caller.dataChannel(handle).readyState(), "connecting");
        assertEquals(caller.dataChannel(handle).maxRetransmits(), Integer.valueOf(3));
        PeerException e = expectThrows(PeerException.class, () -> caller.send(handle, MessageSpec.text(10, 1)));
        assertEquals(e.name(), "InvalidStateError");
        assertEquals(caller.received(handle), List.of());
    }

    @Test
    public void dataChannelOptionErrorsKeepTheirNames() {
        PeerException e = expectThrows(PeerException.class,
                () -> caller.createDataChannel("x", new DataChannelInit(null, 10, 3, null, null, null)));
        assertEquals(e.name(), "TypeError");
    }

    @Test
    public void iceRestartOfferHasNewCredentials() {
        caller.addTransceiver("audio", "sendrecv");
        exchange();
        SessionDescription restart = caller.createOffer(OfferOptions.ICE_RESTART);
        assertFalse(restart.iceUfrag().equals(caller.localDescription().iceUfrag()));
    }

    @Test
    public void withoutTransportsGatheringAndConnectionStayNew() {
        caller.createDataChannel("x", DataChannelInit.DEFAULT);
        exchange();
        assertEquals(caller.iceGatheringState(), "new");
        assertEquals(caller.connectionState(), "new");
        assertTrue(caller.canTrickleIceCandidates());
    }

    @Test
    public void statsHavePeerConnectionCounts() {
        List<Map<String, Object>> stats = caller.getStats();
        Map<String, Object> pc = stats.stream().filter(s -> "peer-connection".equals(s.get("type"))).findFirst()
                .orElseThrow();
        assertEquals(pc.get("dataChannelsOpened"), 0);
    }

    @Test
    public void closedConnectionReportsClosedAndCanBeOpenedAgain() {
        caller.closeConnection();
        assertEquals(caller.signalingState(), "closed");
        caller.open(PeerConfiguration.defaults());
        assertEquals(caller.signalingState(), "stable");
    }

    @Test
    public void badIceServerUrlIsASyntaxError() {
        PeerConfiguration bad = PeerConfiguration.defaults().withIceServers(
                List.of(new PeerConfiguration.IceServer(List.of("http://example.com"), null, null)), "all");
        assertEquals(expectThrows(PeerException.class, () -> caller.open(bad)).name(), "SyntaxError");
    }
}
