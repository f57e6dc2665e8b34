package dev.parley.suites.ice;

import static dev.parley.suites.support.Expect.sequence;
import static dev.parley.suites.support.Expect.sequenceOneOf;
import static dev.parley.suites.support.Expect.state;

import dev.parley.harness.call.Timeline;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.IceCandidate;
import dev.parley.harness.peer.OfferOptions;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import java.time.Duration;
import java.util.List;
import org.testng.annotations.Test;

/** ICE gathering and connectivity: iceGatheringState, iceConnectionState, trickle, restartIce. */
public class IceStateTest extends PairTest {
    static final Duration CONNECT = Duration.ofSeconds(20);
    static final List<List<String>> CHECKING_CONNECTED = List.of(
            List.of("checking", "connected"), List.of("checking", "connected", "completed"));

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-iceGatheringState.html: "
            + "gathering state and candidate callbacks should fire in the correct order")
    public void iceGatheringStateGoesFromNewThroughGatheringToComplete(Pairing pairing) throws Exception {
        inCall(pairing, "ice: iceGatheringState new -> gathering -> complete", call -> {
            state("offerer iceGatheringState before setLocalDescription", "new", call.offerer().iceGatheringState());
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            call.await("gathering complete on both peers", CONNECT, () ->
                    "complete".equals(call.offerer().iceGatheringState()) && "complete".equals(call.answerer().iceGatheringState())
                            ? null : "offerer " + call.offerer().iceGatheringState() + ", answerer " + call.answerer().iceGatheringState());
            sequence(call.offerer(), "offerer", "icegatheringstatechange", List.of("gathering", "complete"));
            sequence(call.answerer(), "answerer", "icegatheringstatechange", List.of("gathering", "complete"));
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-iceConnectionState.https.html: "
            + "iceConnectionState changes at the right time, with bundle policy ${bundle_policy}")
    public void iceConnectionStateGoesFromNewThroughCheckingToConnected(Pairing pairing) throws Exception {
        inCall(pairing, "ice: iceConnectionState new -> checking -> connected", call -> {
            state("offerer iceConnectionState before negotiation", "new", call.offerer().iceConnectionState());
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            call.await("iceConnectionState connected or completed on both peers", CONNECT, () -> {
                String a = call.offerer().iceConnectionState();
                String b = call.answerer().iceConnectionState();
                return connected(a) && connected(b) ? null : "offerer " + a + ", answerer " + b;
            });
            sequenceOneOf(call.offerer(), "offerer", "iceconnectionstatechange", CHECKING_CONNECTED);
            sequenceOneOf(call.answerer(), "answerer", "iceconnectionstatechange", CHECKING_CONNECTED);
            noCandidateRejections(call.candidateErrors());
        });
    }

    private static boolean connected(String state) {
        return "connected".equals(state) || "completed".equals(state);
    }

    private static void noCandidateRejections(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new AssertionError("addIceCandidate rejected trickled candidates: " + errors);
        }
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-addIceCandidate.html: "
            + "Add ICE candidate after setting remote description should succeed")
    public void trickledCandidatesRelayedOneByOneConnect(Pairing pairing) throws Exception {
        inCall(pairing, "ice: trickle ICE", call -> {
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            SessionDescription offer = call.offerer().createOffer(OfferOptions.NONE);
            if (offer.sdp().contains("a=candidate:")) {
                throw new AssertionError("createOffer() already holds candidates; nothing would trickle");
            }
            call.negotiate();
            call.awaitConnectionState("connected", CONNECT);
            noCandidateRejections(call.candidateErrors());
            long trickled = Timeline.count(call.offerer().events(), "icecandidate");
            if (trickled < 2) {
                throw new AssertionError("expected host candidates and the final null candidate as icecandidate events, got " + trickled);
            }
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-iceGatheringState.html: "
            + "local description should have a=end-of-candidates when gathering completes")
    public void completeDescriptionsWithoutTrickleConnect(Pairing pairing) throws Exception {
        inCall(pairing, "ice: non-trickle (complete SDP)", call -> {
            call.trickle(false);
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            for (SessionDescription d : call.descriptions()) {
                if (!d.sdp().contains("a=candidate:")) {
                    throw new AssertionError("the complete " + d.type() + " holds no a=candidate line");
                }
            }
            call.awaitConnectionState("connected", CONNECT);
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-addIceCandidate.html: "
            + "Add with empty candidate string (end of candidates) should succeed")
    public void endOfCandidatesIsAcceptedAndGatheringEndsWithANullCandidate(Pairing pairing) throws Exception {
        inCall(pairing, "ice: end-of-candidates", call -> {
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", CONNECT);
            for (Peer peer : List.of(call.offerer(), call.answerer())) {
                List<PeerEvent> candidates = peer.events().stream().filter(e -> e.type().equals("icecandidate")).toList();
                PeerEvent last = candidates.get(candidates.size() - 1);
                if (last.value() != null) {
                    throw new AssertionError(peer.kind() + ": the last icecandidate event should carry the null candidate, came " + last.value());
                }
            }
            String mid = call.answerer().remoteDescription().sdp().lines()
                    .filter(l -> l.startsWith("a=mid:")).findFirst().map(l -> l.substring(6).trim()).orElse("0");
            call.answerer().addIceCandidate(new IceCandidate("", mid, null, null));
            state("answerer connectionState after end-of-candidates", "connected", call.answerer().connectionState());
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-restartIce.https.html: "
            + "restartIce() causes fresh ufrags${tag}")
    public void restartIceGivesANewUfragAndPasswordAndReconnects(Pairing pairing) throws Exception {
        inCall(pairing, "ice: restartIce", call -> {
            Peer offerer = call.offerer();
            offerer.createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", CONNECT);
            String oldUfrag = offerer.localDescription().iceUfrag();
            String oldPwd = offerer.localDescription().icePwd();
            String oldRemoteUfrag = call.answerer().localDescription().iceUfrag();
            long negotiationNeeded = Timeline.count(offerer.events(), "negotiationneeded");

            offerer.restartIce();
            call.await("negotiationneeded after restartIce()", CONNECT, () ->
                    Timeline.count(offerer.events(), "negotiationneeded") > negotiationNeeded ? null : "no new negotiationneeded");
            call.negotiate();
            String newUfrag = offerer.localDescription().iceUfrag();
            if (newUfrag.equals(oldUfrag) || offerer.localDescription().icePwd().equals(oldPwd)) {
                throw new AssertionError("restartIce() kept ufrag/pwd " + oldUfrag + "/" + oldPwd);
            }
            if (call.answerer().localDescription().iceUfrag().equals(oldRemoteUfrag)) {
                throw new AssertionError("the answer to an ICE restart kept the answerer's ufrag " + oldRemoteUfrag);
            }
            call.awaitConnectionState("connected", CONNECT);
            call.await("iceConnectionState connected after the restart", CONNECT, () ->
                    connected(offerer.iceConnectionState()) ? null : offerer.iceConnectionState());
        });
    }
}
