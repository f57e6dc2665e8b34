package dev.parley.suites.media;

import dev.parley.harness.call.Call;
import dev.parley.harness.call.Timeline;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.Peer;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/** Media: fake getUserMedia tracks both ways, track events, inbound-rtp stats, renegotiation. */
public class MediaTest extends PairTest {
    static final Duration MEDIA = Duration.ofSeconds(20);

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-ontrack.https.html: "
            + "setRemoteDescription should trigger ontrack event when the MSID of the stream is is parsed.")
    public void eachRemoteTrackFiresOneTrackEvent(Pairing pairing) throws Exception {
        inCall(pairing, "media: a track event per remote track", call -> {
            call.offerer().addUserMedia(true, true);
            call.answerer().addUserMedia(true, true);
            call.negotiate();
            call.awaitConnectionState("connected", MEDIA);
            for (Peer peer : List.of(call.offerer(), call.answerer())) {
                List<String> kinds = Timeline.values(peer.events(), "track").stream().sorted().toList();
                if (!kinds.equals(List.of("audio", "video"))) {
                    throw new AssertionError(peer.kind() + " expected one track event for audio and one for video, came " + kinds);
                }
            }
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-getStats.https.html: "
            + "getStats() on track associated with RTCRtpReceiver should return stats report containing inbound-rtp stats")
    public void inboundRtpPacketsAndDecodedFramesRiseOnBothSides(Pairing pairing) throws Exception {
        inCall(pairing, "media: inbound-rtp packets and frames rise", call -> {
            call.offerer().addUserMedia(true, true);
            call.answerer().addUserMedia(true, true);
            call.negotiate();
            call.awaitConnectionState("connected", MEDIA);
            for (Peer peer : List.of(call.offerer(), call.answerer())) {
                awaitRising(call, peer, "audio", "packetsReceived");
                awaitRising(call, peer, "video", "packetsReceived");
                awaitRising(call, peer, "video", "framesDecoded");
            }
        });
    }

    /** Waits until the counter of the inbound-rtp stats of that kind is above zero and then higher again. */
    static void awaitRising(Call call, Peer peer, String kind, String counter) {
        double[] first = {-1};
        call.await(peer.kind() + " inbound-rtp " + kind + " " + counter + " rising", MEDIA, () -> {
            double value = inbound(peer, kind, counter);
            if (first[0] <= 0) {
                first[0] = value;
                return "first sample " + value;
            }
            return value > first[0] ? null : counter + " stuck at " + value;
        });
    }

    static double inbound(Peer peer, String kind, String counter) {
        for (Map<String, Object> stats : peer.getStats()) {
            if ("inbound-rtp".equals(stats.get("type")) && kind.equals(stats.get("kind"))
                    && stats.get(counter) instanceof Number n) {
                return n.doubleValue();
            }
        }
        return 0;
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: "
            + "addTrack should cause negotiationneeded to fire")
    public void addingATrackLaterFiresNegotiationNeededAndRenegotiationDeliversIt(Pairing pairing) throws Exception {
        inCall(pairing, "media: renegotiation adds a track", call -> {
            Peer offerer = call.offerer();
            offerer.createDataChannel("bootstrap", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", MEDIA);
            long before = Timeline.count(offerer.events(), "negotiationneeded");
            offerer.addUserMedia(false, true);
            call.await("negotiationneeded after addTrack", MEDIA, () ->
                    Timeline.count(offerer.events(), "negotiationneeded") > before ? null : "no negotiationneeded yet");
            call.negotiate();
            call.await("a video track event on the answerer", MEDIA, () ->
                    Timeline.values(call.answerer().events(), "track").contains("video") ? null
                            : "track events " + Timeline.values(call.answerer().events(), "track"));
            awaitRising(call, call.answerer(), "video", "framesDecoded");
        });
    }
}
