package dev.parley.suites.signaling;

import static dev.parley.suites.support.Expect.sequence;
import static dev.parley.suites.support.Expect.state;

import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.OfferOptions;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import java.time.Duration;
import java.util.List;
import org.testng.annotations.Test;

/**
 * The perfect negotiation pattern (W3C webrtc-pc section 10.7) under glare: both sides offer at once;
 * the impolite side (the offerer here) ignores the colliding offer, the polite side (the answerer)
 * rolls back its own offer implicitly by accepting the other one.
 */
public class PerfectNegotiationTest extends PairTest {

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-perfect-negotiation.https.html: "
            + "Perfect negotiation glare")
    public void glareResolvedByThePoliteSideRollingBackEndsStableAndConnected(Pairing pairing) throws Exception {
        inCall(pairing, "signaling: perfect negotiation with glare", call -> {
            Peer impolite = call.offerer();
            Peer polite = call.answerer();
            impolite.createDataChannel("from-impolite", DataChannelInit.DEFAULT);
            polite.createDataChannel("from-polite", DataChannelInit.DEFAULT);

            SessionDescription impoliteOffer = impolite.createOffer(OfferOptions.NONE);
            SessionDescription politeOffer = polite.createOffer(OfferOptions.NONE);
            impolite.setLocalDescription(impoliteOffer);
            polite.setLocalDescription(politeOffer);

            SessionDescription arrivedAtPolite = call.relay(impolite, impoliteOffer);
            SessionDescription arrivedAtImpolite = call.relay(polite, politeOffer);
            state("impolite ignores the colliding offer and stays in", "have-local-offer", impolite.signalingState());
            state("the colliding offer the impolite side ignored", "offer", arrivedAtImpolite.type());

            // setRemoteDescription(offer) in have-local-offer rolls the polite side's offer back implicitly.
            call.setRemoteDescription(polite, arrivedAtPolite);
            state("polite side after accepting the other offer", "have-remote-offer", polite.signalingState());
            call.answer();

            sequence(impolite, "impolite", "signalingstatechange", List.of("have-local-offer", "stable"));
            sequence(polite, "polite", "signalingstatechange",
                    List.of("have-local-offer", "stable", "have-remote-offer", "stable"));
            call.awaitConnectionState("connected", Duration.ofSeconds(20));
            state("impolite signalingState", "stable", impolite.signalingState());
            state("polite signalingState", "stable", polite.signalingState());
        });
    }
}
