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

/** setLocalDescription({type: "rollback"}). */
public class RollbackTest extends PairTest {

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-setLocalDescription-rollback.html: "
            + "setLocalDescription(rollback) from have-local-offer state should reset back to stable state")
    public void rollbackOfALocalOfferReturnsToStableWithNoPendingDescription(Pairing pairing) throws Exception {
        inCall(pairing, "signaling: rollback of a local offer", call -> {
            Peer offerer = call.offerer();
            offerer.createDataChannel("chat", DataChannelInit.DEFAULT);
            SessionDescription offer = offerer.createOffer(OfferOptions.NONE);
            offerer.setLocalDescription(offer);
            offerer.setLocalDescription(SessionDescription.rollback());
            state("signalingState after rollback", "stable", offerer.signalingState());
            description("pendingLocalDescription after rollback", null, offerer.pendingLocalDescription());
            description("localDescription after rollback", null, offerer.localDescription());
            sequence(offerer, "offerer", "signalingstatechange", List.of("have-local-offer", "stable"));
            // After the rollback the same peer can still negotiate with the other one.
            call.negotiate();
            state("signalingState after negotiating again", "stable", offerer.signalingState());
        });
    }
}
