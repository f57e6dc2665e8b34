package dev.parley.peer.api;

import static dev.parley.peer.api.Negotiation.exchangeOfferAnswer;
import static org.testng.Assert.assertEquals;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * currentDirection on both sides after one exchange (RFC 8829 section 5.3.1, webrtc-pc section 5.4):
 * the answer's direction is the answerer's wish within what the offer allows.
 */
public class DirectionNegotiationTest {

    @DataProvider
    public Object[][] directions() {
        return new Object[][] {
            // offerer direction, answerer direction, offerer currentDirection, answerer currentDirection
            {"sendrecv", "sendrecv", "sendrecv", "sendrecv"},
            {"sendrecv", "recvonly", "sendonly", "recvonly"},
            {"sendrecv", "sendonly", "recvonly", "sendonly"},
            {"sendrecv", "inactive", "inactive", "inactive"},
            {"sendonly", "sendrecv", "sendonly", "recvonly"},
            {"sendonly", "sendonly", "inactive", "inactive"},
            {"recvonly", "sendrecv", "recvonly", "sendonly"},
            {"recvonly", "recvonly", "inactive", "inactive"},
            {"inactive", "sendrecv", "inactive", "inactive"},
        };
    }

    @Test(dataProvider = "directions", description = "webrtc/RTCRtpTransceiver.https.html: checkCurrentDirection")
    public void currentDirectionIsTheNegotiatedIntersection(String offererWants, String answererWants,
                                                            String offererCurrent, String answererCurrent) {
        RTCPeerConnection offerer = Offline.connection();
        RTCPeerConnection answerer = Offline.connection();
        try {
            RTCRtpTransceiver offered = offerer.addTransceiver("audio",
                    RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.fromSpec(offererWants)));
            RTCSessionDescriptionInit offer = Promises.await(offerer.createOffer());
            Promises.await(offerer.setLocalDescription(offer));
            Promises.await(answerer.setRemoteDescription(offer));
            // The remote offer created its own transceiver; give it the answerer's wish.
            RTCRtpTransceiver answering = answerer.getTransceivers().stream().filter(t -> "0".equals(t.mid()))
                    .findFirst().orElseThrow();
            answering.setDirection(RTCRtpTransceiverDirection.fromSpec(answererWants));
            RTCSessionDescriptionInit answer = Promises.await(answerer.createAnswer());
            Promises.await(answerer.setLocalDescription(answer));
            Promises.await(offerer.setRemoteDescription(answer));
            assertEquals(offered.currentDirection().spec(), offererCurrent);
            assertEquals(answering.currentDirection().spec(), answererCurrent);
        } finally {
            offerer.close();
            answerer.close();
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription.html: Calling setRemoteDescription() again "
            + "after one round of remote-offer/local-answer should succeed")
    public void secondRoundKeepsTheNegotiatedTransceivers() {
        RTCPeerConnection offerer = Offline.connection();
        RTCPeerConnection answerer = Offline.connection();
        try {
            offerer.addTransceiver("video");
            exchangeOfferAnswer(offerer, answerer);
            exchangeOfferAnswer(offerer, answerer);
            assertEquals(answerer.getTransceivers().size(), 1);
            assertEquals(answerer.getTransceivers().get(0).mid(), "0");
        } finally {
            offerer.close();
            answerer.close();
        }
    }
}
