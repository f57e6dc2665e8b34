package dev.parley.peer.api;

import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The six description attributes (webrtc-pc section 4.4.1.1) after each step of an exchange, one row per
 * step, read as "pendingLocal currentLocal pendingRemote currentRemote" with "-" for null.
 */
public class DescriptionAttributesTest {

    /** A step of the exchange, done on the offerer (o) and answerer (a). */
    private enum Step {
        OFFERER_SET_LOCAL_OFFER, ANSWERER_SET_REMOTE_OFFER, ANSWERER_SET_LOCAL_PRANSWER, OFFERER_SET_REMOTE_PRANSWER,
        ANSWERER_SET_LOCAL_ANSWER, OFFERER_SET_REMOTE_ANSWER
    }

    @DataProvider
    public Object[][] steps() {
        return new Object[][] {
            {Step.OFFERER_SET_LOCAL_OFFER, "offerer", "offer - - -"},
            {Step.ANSWERER_SET_REMOTE_OFFER, "answerer", "- - offer -"},
            {Step.ANSWERER_SET_LOCAL_PRANSWER, "answerer", "pranswer - offer -"},
            {Step.OFFERER_SET_REMOTE_PRANSWER, "offerer", "offer - pranswer -"},
            {Step.ANSWERER_SET_LOCAL_ANSWER, "answerer", "- answer - offer"},
            {Step.OFFERER_SET_REMOTE_ANSWER, "offerer", "- offer - answer"},
        };
    }

    @Test(dataProvider = "steps", description = "webrtc/RTCPeerConnection-setLocalDescription-pranswer.html: setLocalDescription(pranswer) "
            + "should succeed")
    public void descriptionAttributesAfterEachStep(Step until, String side, String expected) {
        RTCPeerConnection offerer = Offline.connection();
        RTCPeerConnection answerer = Offline.connection();
        try {
            offerer.addTransceiver("audio");
            RTCSessionDescriptionInit offer = await(offerer.createOffer());
            RTCSessionDescriptionInit answer = null;
            for (Step step : Step.values()) {
                switch (step) {
                    case OFFERER_SET_LOCAL_OFFER -> await(offerer.setLocalDescription(offer));
                    case ANSWERER_SET_REMOTE_OFFER -> {
                        await(answerer.setRemoteDescription(offer));
                        answer = await(answerer.createAnswer());
                    }
                    case ANSWERER_SET_LOCAL_PRANSWER -> await(answerer.setLocalDescription(
                            RTCSessionDescriptionInit.of(RTCSdpType.PRANSWER, answer.sdp())));
                    case OFFERER_SET_REMOTE_PRANSWER -> await(offerer.setRemoteDescription(
                            RTCSessionDescriptionInit.of(RTCSdpType.PRANSWER, answer.sdp())));
                    case ANSWERER_SET_LOCAL_ANSWER -> await(answerer.setLocalDescription(answer));
                    case OFFERER_SET_REMOTE_ANSWER -> await(offerer.setRemoteDescription(answer));
                }
                if (step == until) {
                    break;
                }
            }
            RTCPeerConnection pc = side.equals("offerer") ? offerer : answerer;
            assertEquals(describe(pc), expected);
            assertEquals(pc.localDescription(), pc.pendingLocalDescription() != null ? pc.pendingLocalDescription()
                    : pc.currentLocalDescription());
            assertEquals(pc.remoteDescription(), pc.pendingRemoteDescription() != null
                    ? pc.pendingRemoteDescription() : pc.currentRemoteDescription());
        } finally {
            offerer.close();
            answerer.close();
        }
    }

    private static String describe(RTCPeerConnection pc) {
        List<Function<RTCPeerConnection, RTCSessionDescription>> getters = Arrays.asList(
                RTCPeerConnection::pendingLocalDescription, RTCPeerConnection::currentLocalDescription,
                RTCPeerConnection::pendingRemoteDescription, RTCPeerConnection::currentRemoteDescription);
        return String.join(" ", getters.stream().map(g -> g.apply(pc))
                .map(d -> d == null ? "-" : d.type().spec()).toList());
    }
}
