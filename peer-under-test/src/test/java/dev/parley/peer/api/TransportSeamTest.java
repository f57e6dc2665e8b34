package dev.parley.peer.api;

import static dev.parley.peer.api.Negotiation.drain;
import static dev.parley.peer.api.Negotiation.exchangeOfferAnswer;
import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.ice.IceParameters;
import dev.parley.peer.ice.RTCIceTransportState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * The TransportFactory seam with a scripted transport: when the connection creates and drives it, and how
 * its reports become states, events and SDP.
 */
public class TransportSeamTest {

    private static final String HOST = "candidate:1 1 udp 2122260223 10.213.0.1 50000 typ host";

    /** A transport that records what the connection asks and reports what the test says. */
    static final class ScriptedTransport implements PeerTransport {
        final List<String> calls = new ArrayList<>();
        PeerTransport.Listener listener;
        Boolean dtlsClient;
        Boolean iceControlling;

        @Override
        public void startGathering(IceParameters localIce, RTCConfiguration configuration) {
            calls.add("startGathering " + localIce.usernameFragment());
        }

        @Override
        public void start(IceParameters remoteIce, List<RTCDtlsFingerprint> fingerprints, boolean controlling,
                          boolean client) {
            calls.add("start " + remoteIce.usernameFragment() + " " + fingerprints.size());
            iceControlling = controlling;
            dtlsClient = client;
        }

        @Override
        public void addRemoteCandidate(String candidate) {
            calls.add("remote " + candidate);
        }

        @Override
        public void sendApplicationData(byte[] packet) {
            calls.add("send " + packet.length);
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    private final List<ScriptedTransport> created = new ArrayList<>();
    private RTCPeerConnection offerer;
    private RTCPeerConnection answerer;

    @BeforeMethod
    public void open() {
        created.clear();
        offerer = new RTCPeerConnection(RTCConfiguration.defaults(), (config, cert, listener) -> {
            ScriptedTransport t = new ScriptedTransport();
            t.listener = listener;
            created.add(t);
            return Optional.of(t);
        });
        answerer = Offline.connection();
    }

    @AfterMethod
    public void close() {
        offerer.close();
        answerer.close();
    }

    @Test(description = "webrtc/RTCPeerConnection-iceGatheringState.html: iceGatheringState should eventually "
            + "become complete after setLocalDescription")
    public void firstLocalDescriptionCreatesTheTransportAndStartsGathering() {
        offerer.createDataChannel("x");
        EventLog log = new EventLog(offerer);
        await(offerer.setLocalDescription());
        drain(offerer);
        assertEquals(created.size(), 1);
        assertEquals(created.get(0).calls, List.of("startGathering "
                + SignalingTest.ufrag(offerer.localDescription().sdp())));
        assertEquals(offerer.iceGatheringState(), RTCIceGatheringState.GATHERING);
        created.get(0).listener.onLocalCandidate(HOST);
        created.get(0).listener.onGatheringComplete();
        drain(offerer);
        assertEquals(offerer.iceGatheringState(), RTCIceGatheringState.COMPLETE);
        assertEquals(log.entries(), List.of("signalingstatechange:have-local-offer",
                "icegatheringstatechange:gathering", "icecandidate", "icecandidate", "icegatheringstatechange:complete",
                "icecandidate"), "a candidate, the end-of-candidates one, complete, the null one");
        assertTrue(offerer.localDescription().sdp().contains("a=" + HOST + "\r\n"));
    }

    @Test(description = "webrtc-pc section 4.8.2 RTCIceCandidate: url and relayProtocol are set for local "
            + "candidates from a server, icecandidate events carry every member, and gathering ends with \"\" "
            + "then null")
    public void icecandidateEventsCarryTheParsedMembersAndTheServerUrl() {
        offerer.createDataChannel("x");
        List<RTCPeerConnectionIceEvent> fired = new CopyOnWriteArrayList<>();
        offerer.addEventListener("icecandidate", e -> fired.add((RTCPeerConnectionIceEvent) e));
        await(offerer.setLocalDescription());
        drain(offerer);
        String relay = "candidate:2 1 udp 41885439 10.213.0.1 49160 typ relay raddr 10.213.0.1 rport 50000";
        created.get(0).listener.onLocalCandidate(HOST);
        created.get(0).listener.onLocalCandidate(relay, "turn:10.213.0.1:3478");
        drain(offerer);
        RTCIceCandidate host = fired.get(0).candidate();
        assertEquals(List.of(host.sdpMid(), host.sdpMLineIndex(), host.usernameFragment(), host.type(),
                host.address(), host.port(), host.protocol(), host.component()), List.of("0", 0,
                SignalingTest.ufrag(offerer.localDescription().sdp()), "host", "10.213.0.1", 50000, "udp", "rtp"));
        assertEquals(Arrays.asList(host.url(), host.relayProtocol()), Arrays.asList(null, null));
        RTCIceCandidate turn = fired.get(1).candidate();
        assertEquals(List.of(turn.url(), turn.relayProtocol(), turn.relatedAddress()),
                List.of("turn:10.213.0.1:3478", "udp", "10.213.0.1"));
        assertEquals(fired.get(1).url(), "turn:10.213.0.1:3478");
        created.get(0).listener.onGatheringComplete();
        drain(offerer);
        RTCIceCandidate end = fired.get(2).candidate();
        assertEquals(List.of(end.candidate(), end.sdpMid(), end.usernameFragment()),
                List.of("", "0", host.usernameFragment()), "the end-of-candidates indication of the generation");
        assertEquals(fired.get(3).candidate(), null, "then the null candidate");
    }

    @Test(description = "webrtc/RTCPeerConnection-iceGatheringState.html: local description should have "
            + "a=end-of-candidates when gathering completes")
    public void offersCreatedAfterGatheringCarryTheCandidatesAndEndOfCandidates() {
        offerer.createDataChannel("x");
        await(offerer.setLocalDescription());
        drain(offerer);
        created.get(0).listener.onLocalCandidate(HOST);
        created.get(0).listener.onGatheringComplete();
        String offer = await(offerer.createOffer()).sdp();
        assertTrue(offer.contains("a=" + HOST + "\r\n"));
        assertTrue(offer.contains("a=end-of-candidates\r\n"));
    }

    @Test(description = "webrtc/RTCPeerConnection-connectionState.https.html: connection with one data channel "
            + "should eventually have connected connection state")
    public void answerStartsTheTransportAsDtlsServerAndStatesFollowItsReports() {
        offerer.createDataChannel("x");
        exchangeOfferAnswer(offerer, answerer);
        drain(offerer);
        ScriptedTransport t = created.get(0);
        assertEquals(t.calls.get(1), "start " + SignalingTest.ufrag(answerer.localDescription().sdp()) + " 1");
        assertFalse(t.dtlsClient, "the answerer took a=setup:active, so the offerer is the DTLS server");
        assertTrue(t.iceControlling, "the offerer is the controlling ICE agent");
        EventLog log = new EventLog(offerer);
        t.listener.onIceTransportStateChange(RTCIceTransportState.CHECKING);
        t.listener.onIceTransportStateChange(RTCIceTransportState.CONNECTED);
        t.listener.onDtlsTransportStateChange(RTCDtlsTransportState.CONNECTING);
        t.listener.onDtlsTransportStateChange(RTCDtlsTransportState.CONNECTED);
        assertEquals(offerer.connectionState(), RTCPeerConnectionState.CONNECTED);
        assertEquals(log.entries(), List.of("iceconnectionstatechange:checking", "connectionstatechange:connecting",
                "iceconnectionstatechange:connected", "connectionstatechange:connected"));
    }

    @Test(description = "webrtc/RTCPeerConnection-iceGatheringState.html: sRD does not cause ICE gathering state "
            + "changes")
    public void answererStartsItsTransportAsControlledDtlsClientOnlyAtItsOwnAnswer() {
        answerer.createDataChannel("x");
        await(answerer.setLocalDescription());
        await(offerer.setRemoteDescription(answerer.localDescription().toJSON()));
        drain(offerer);
        assertEquals(created.size(), 0, "setRemoteDescription alone creates no transport");
        assertEquals(offerer.iceGatheringState(), RTCIceGatheringState.NEW);
        await(offerer.setLocalDescription());
        drain(offerer);
        ScriptedTransport t = created.get(0);
        assertFalse(t.iceControlling);
        assertTrue(t.dtlsClient);
    }

    @Test(description = "webrtc/RTCPeerConnection-explicit-rollback-iceGatheringState.html: "
            + "setLocalDescription(rollback) of original offer should cause iceGatheringState to reach \"new\" when "
            + "starting in \"gathering\"")
    public void rollingBackTheOriginalOfferDiscardsTheTransport() {
        offerer.createDataChannel("x");
        await(offerer.setLocalDescription());
        await(offerer.setLocalDescription(RTCSessionDescriptionInit.rollback()));
        drain(offerer);
        assertEquals(offerer.iceGatheringState(), RTCIceGatheringState.NEW);
        assertEquals(created.get(0).calls.get(created.get(0).calls.size() - 1), "close");
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add ICE candidate after setting remote "
            + "description should succeed")
    public void remoteCandidatesReachTheTransport() {
        offerer.createDataChannel("x");
        exchangeOfferAnswer(offerer, answerer);
        drain(offerer);
        await(offerer.addIceCandidate(RTCIceCandidateInit.of(HOST, "0")));
        assertTrue(created.get(0).calls.contains("remote " + HOST + " ufrag "
                + SignalingTest.ufrag(answerer.localDescription().sdp())), "the line names its ICE generation");
    }
}
