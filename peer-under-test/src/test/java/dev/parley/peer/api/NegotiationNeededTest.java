package dev.parley.peer.api;

import static dev.parley.peer.api.Negotiation.drain;
import static dev.parley.peer.api.Negotiation.exchangeOfferAnswer;
import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;

import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** When negotiationneeded fires (webrtc-pc section 4.7.3), asserted as whole event lists. */
public class NegotiationNeededTest {

    private static final List<String> ONCE = List.of("negotiationneeded");

    private RTCPeerConnection pc;
    private RTCPeerConnection remote;
    private EventLog log;

    @BeforeMethod
    public void open() {
        pc = Offline.connection();
        remote = Offline.connection();
        log = new EventLog(pc);
    }

    @AfterMethod
    public void close() {
        pc.close();
        remote.close();
    }

    private List<String> negotiationEvents() {
        drain(pc);
        return log.entries().stream().filter(e -> e.equals("negotiationneeded")).toList();
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: Creating first data channel should fire "
            + "negotiationneeded event")
    public void firstDataChannelFiresNegotiationNeeded() {
        pc.createDataChannel("a");
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: calling createDataChannel twice should "
            + "fire negotiationneeded event once")
    public void secondDataChannelDoesNotFireAgain() {
        pc.createDataChannel("a");
        pc.createDataChannel("b");
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: Calling both addTransceiver() and "
            + "createDataChannel() should fire negotiationneeded event once")
    public void transceiverAndDataChannelTogetherFireOnce() {
        pc.addTransceiver("audio");
        pc.createDataChannel("a");
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: addTrack should cause negotiationneeded "
            + "to fire")
    public void addTrackFiresNegotiationNeeded() {
        pc.addTrack(MediaStreamTrack.synthetic("video"));
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: negotiationneeded event should not fire if "
            + "signaling state is not stable")
    public void nothingFiresOutsideStable() {
        remote.addTransceiver("audio");
        await(pc.setRemoteDescription(await(remote.createOffer())));
        log.clear();
        pc.addTransceiver("video");
        assertEquals(negotiationEvents(), List.of());
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: negotiationneeded event should fire only "
            + "after signaling state goes back to stable after setLocalDescription")
    public void changeDuringNegotiationFiresAfterStableAgain() {
        remote.addTransceiver("audio");
        await(pc.setRemoteDescription(await(remote.createOffer())));
        pc.addTransceiver("video");
        await(pc.setLocalDescription(await(pc.createAnswer())));
        drain(pc);
        List<String> entries = log.entries();
        assertEquals(entries.subList(entries.size() - 2, entries.size()),
                List.of("signalingstatechange:stable", "negotiationneeded"));
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: Updating the direction of the transceiver "
            + "should cause negotiationneeded to fire")
    public void directionChangeAfterNegotiationFires() {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        negotiationEvents();
        exchangeOfferAnswer(pc, remote);
        log.clear();
        t.setDirection(RTCRtpTransceiverDirection.INACTIVE);
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: Adding two transceivers, one at a time, "
            + "results in the expected number of negotiationneeded events")
    public void completedNegotiationClearsTheFlag() {
        pc.addTransceiver("audio");
        assertEquals(negotiationEvents(), ONCE);
        exchangeOfferAnswer(pc, remote);
        assertEquals(negotiationEvents(), ONCE);
        pc.addTransceiver("video");
        assertEquals(negotiationEvents(), List.of("negotiationneeded", "negotiationneeded"));
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: removeTrack should cause "
            + "negotiationneeded to fire on the caller")
    public void removeTrackAfterNegotiationFires() {
        RTCRtpSender sender = pc.addTrack(MediaStreamTrack.synthetic("audio"));
        exchangeOfferAnswer(pc, remote);
        log.clear();
        pc.removeTrack(sender);
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: Calling setStreams should cause "
            + "negotiationneeded to fire")
    public void setStreamsWithANewStreamFires() {
        RTCRtpSender sender = pc.addTrack(MediaStreamTrack.synthetic("audio"));
        exchangeOfferAnswer(pc, remote);
        log.clear();
        sender.setStreams(new MediaStream());
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: Calling setStreams with the same stream "
            + "as before should not cause negotiationneeded to fire")
    public void setStreamsWithTheSameStreamDoesNotFire() {
        MediaStream stream = new MediaStream();
        RTCRtpSender sender = pc.addTrack(MediaStreamTrack.synthetic("audio"), stream);
        exchangeOfferAnswer(pc, remote);
        log.clear();
        sender.setStreams(stream, stream);
        assertEquals(negotiationEvents(), List.of());
    }

    @Test(description = "webrtc/RTCRtpTransceiver.https.html: checkStop")
    public void stoppingANegotiatedTransceiverFires() {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        exchangeOfferAnswer(pc, remote);
        log.clear();
        t.stop();
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-restartIce-onnegotiationneeded.https.html: Negotiation needed when "
            + "returning to stable does not fire too early")
    public void restartIceFiresNegotiationNeeded() {
        pc.addTransceiver("audio");
        exchangeOfferAnswer(pc, remote);
        log.clear();
        pc.restartIce();
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-rollback.html: when using addTransceiver, "
            + "implicit rollback of a local offer should visit stable state, but not fire negotiationneeded until we "
            + "settle in stable")
    public void implicitRollbackDoesNotFireUntilSettledInStable() {
        pc.addTransceiver("audio");
        await(pc.setLocalDescription());
        remote.addTransceiver("video");
        log.clear();
        await(pc.setRemoteDescription(await(remote.createOffer())));
        assertEquals(negotiationEvents(), List.of());
        await(pc.setLocalDescription());
        assertEquals(negotiationEvents(), ONCE);
    }

    @Test(description = "webrtc/RTCPeerConnection-onnegotiationneeded.html: negotiationneeded event should fire only "
            + "after signalingstatechange event fires from setRemoteDescription")
    public void onHandlerAndListenerBothReceiveTheEvent() {
        int[] count = new int[1];
        pc.setOnnegotiationneeded(e -> count[0]++);
        pc.addObserver(new RTCPeerConnectionObserver() {
            @Override
            public void onNegotiationNeeded() {
                count[0]++;
            }
        });
        pc.addTransceiver("audio");
        negotiationEvents();
        assertEquals(count[0], 2);
    }
}
