package dev.parley.suites.signaling;

import static dev.parley.suites.support.Expect.description;
import static dev.parley.suites.support.Expect.sequence;
import static dev.parley.suites.support.Expect.state;

import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.OfferOptions;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import java.util.List;
import org.testng.annotations.Test;

/** RTCPeerConnection offer/answer: signalingState and the six description getters at each step. */
public class OfferAnswerTest extends PairTest {

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-onsignalingstatechanged.https.html: "
            + "Negotiation methods fire signalingstatechange events")
    public void offerAnswerMovesSignalingStateThroughHaveOfferToStableOnBothSides(Pairing pairing) throws Exception {
        inCall(pairing, "signaling: offer/answer signalingState sequence", call -> {
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            sequence(call.offerer(), "offerer", "signalingstatechange", List.of("have-local-offer", "stable"));
            sequence(call.answerer(), "answerer", "signalingstatechange", List.of("have-remote-offer", "stable"));
            state("offerer signalingState", "stable", call.offerer().signalingState());
            state("answerer signalingState", "stable", call.answerer().signalingState());
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-description-attributes-timing.https.html: "
            + "pendingLocalDescription is surfaced at the right time")
    public void pendingAndCurrentDescriptionsFollowEachStepOfTheExchange(Pairing pairing) throws Exception {
        inCall(pairing, "signaling: pending/current descriptions", call -> {
            Peer offerer = call.offerer();
            Peer answerer = call.answerer();
            offerer.createDataChannel("chat", DataChannelInit.DEFAULT);
            descriptions("offerer before any description", offerer, null, null, null, null);

            SessionDescription offer = offerer.createOffer(OfferOptions.NONE);
            offerer.setLocalDescription(offer);
            descriptions("offerer in have-local-offer", offerer, "offer", null, null, null);

            call.deliver(offerer, offer);
            descriptions("answerer in have-remote-offer", answerer, null, null, "offer", null);

            SessionDescription answer = answerer.createAnswer();
            answerer.setLocalDescription(answer);
            descriptions("answerer stable after its answer", answerer, null, "answer", null, "offer");

            call.deliver(answerer, answer);
            descriptions("offerer stable after the answer", offerer, null, "offer", null, "answer");
        });
    }

    private static void descriptions(String when, Peer peer, String pendingLocal, String currentLocal,
                                     String pendingRemote, String currentRemote) {
        String who = when + " (" + peer.kind() + ") ";
        description(who + "pendingLocalDescription", pendingLocal, peer.pendingLocalDescription());
        description(who + "currentLocalDescription", currentLocal, peer.currentLocalDescription());
        description(who + "pendingRemoteDescription", pendingRemote, peer.pendingRemoteDescription());
        description(who + "currentRemoteDescription", currentRemote, peer.currentRemoteDescription());
        description(who + "localDescription", pendingLocal != null ? pendingLocal : currentLocal, peer.localDescription());
        description(who + "remoteDescription", pendingRemote != null ? pendingRemote : currentRemote,
                peer.remoteDescription());
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-setRemoteDescription-answer.html: "
            + "Calling setRemoteDescription(answer) from stable state should reject with InvalidStateError")
    public void setRemoteDescriptionAnswerInStableRejectsWithInvalidStateError(Pairing pairing) throws Exception {
        inCall(pairing, "signaling: InvalidStateError for answer in stable", call -> {
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            SessionDescription answer = call.offerer().currentRemoteDescription();
            dev.parley.suites.support.Expect.rejects("InvalidStateError", "setRemoteDescription(answer) in stable",
                    () -> call.offerer().setRemoteDescription(answer));
            state("offerer signalingState after the rejection", "stable", call.offerer().signalingState());
        });
    }
}
