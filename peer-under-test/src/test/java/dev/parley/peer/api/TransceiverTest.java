package dev.parley.peer.api;

import static dev.parley.peer.api.Negotiation.exchangeOfferAnswer;
import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotSame;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertSame;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** addTrack, removeTrack, addTransceiver and the RTCRtpTransceiver attributes (webrtc-pc sections 5.1, 5.4). */
public class TransceiverTest {

    private RTCPeerConnection pc;
    private RTCPeerConnection remote;

    @BeforeMethod
    public void open() {
        pc = Offline.connection();
        remote = Offline.connection();
    }

    @AfterMethod
    public void close() {
        pc.close();
        remote.close();
    }

    private static String name(Runnable r) {
        return expectThrows(DOMException.class, r::run).name();
    }

    @Test(description = "webrtc/RTCPeerConnection-getTransceivers.html: Initial peer connection should have list of "
            + "zero senders, receivers and transceivers")
    public void newConnectionHasNoTransceivers() {
        assertEquals(pc.getTransceivers(), List.of());
        assertEquals(pc.getSenders(), List.of());
        assertEquals(pc.getReceivers(), List.of());
    }

    @Test(description = "webrtc/RTCPeerConnection-addTransceiver.https.html: addTransceiver('audio') should return an "
            + "audio transceiver")
    public void addTransceiverAudioGivesAnUnassociatedSendrecvTransceiver() {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        assertEquals(t.kind(), "audio");
        assertNull(t.mid());
        assertEquals(t.direction(), RTCRtpTransceiverDirection.SENDRECV);
        assertNull(t.currentDirection());
        assertNull(t.sender().track());
        assertEquals(t.receiver().track().kind(), "audio");
        assertEquals(pc.getTransceivers(), List.of(t));
    }

    @Test(description = "webrtc/RTCPeerConnection-addTransceiver.https.html: addTransceiver() with string argument as "
            + "invalid kind should throw TypeError")
    public void addTransceiverWithAnotherKindIsATypeError() {
        assertEquals(name(() -> pc.addTransceiver("data")), "TypeError");
    }

    @Test(description = "webrtc/RTCPeerConnection-addTransceiver.https.html: addTransceiver() with direction sendonly "
            + "should have result transceiver.direction be the same")
    public void addTransceiverKeepsTheGivenDirection() {
        RTCRtpTransceiver t = pc.addTransceiver("video", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.SENDONLY));
        assertEquals(t.direction(), RTCRtpTransceiverDirection.SENDONLY);
    }

    @Test(description = "webrtc/RTCPeerConnection-addTransceiver.https.html: addTransceiver(track) should have result "
            + "with sender.track be given track")
    public void addTransceiverWithATrackSendsIt() {
        MediaStreamTrack track = MediaStreamTrack.synthetic("video");
        assertSame(pc.addTransceiver(track, null).sender().track(), track);
    }

    @Test(description = "webrtc/RTCPeerConnection-addTrack.https.html: addTrack when pc is closed should throw "
            + "InvalidStateError")
    public void addTrackAfterCloseIsAnInvalidStateError() {
        pc.close();
        assertEquals(name(() -> pc.addTrack(MediaStreamTrack.synthetic("audio"))), "InvalidStateError");
    }

    @Test(description = "webrtc/RTCPeerConnection-addTrack.https.html: Adding the same track multiple times should "
            + "throw InvalidAccessError")
    public void addingATrackTwiceIsAnInvalidAccessError() {
        MediaStreamTrack track = MediaStreamTrack.synthetic("audio");
        pc.addTrack(track);
        assertEquals(name(() -> pc.addTrack(track)), "InvalidAccessError");
    }

    @Test(description = "webrtc/RTCPeerConnection-addTrack.https.html: addTrack with existing sender with null track, "
            + "same kind, and recvonly direction should reuse sender")
    public void addTrackReusesARecvonlyTransceiverAndMakesItSendrecv() {
        RTCRtpTransceiver t = pc.addTransceiver("audio", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
        RTCRtpSender sender = pc.addTrack(MediaStreamTrack.synthetic("audio"));
        assertSame(sender, t.sender());
        assertEquals(t.direction(), RTCRtpTransceiverDirection.SENDRECV);
    }

    @Test(description = "webrtc/RTCPeerConnection-addTrack.https.html: addTrack with existing sender with null track, "
            + "different kind, and recvonly direction should create new sender")
    public void addTrackOfAnotherKindCreatesATransceiver() {
        RTCRtpTransceiver t = pc.addTransceiver("audio", RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.RECVONLY));
        assertNotSame(pc.addTrack(MediaStreamTrack.synthetic("video")), t.sender());
        assertEquals(pc.getTransceivers().size(), 2);
    }

    @Test(description = "webrtc/RTCPeerConnection-addTrack.https.html: addTrack with existing sender that has been "
            + "used to send should create new sender")
    public void addTrackDoesNotReuseASenderThatHasSent() {
        RTCRtpSender first = pc.addTrack(MediaStreamTrack.synthetic("audio"));
        exchangeOfferAnswer(pc, remote);
        pc.removeTrack(first);
        assertNotSame(pc.addTrack(MediaStreamTrack.synthetic("audio")), first);
    }

    @Test(description = "webrtc/RTCPeerConnection-removeTrack.https.html: addTrack - Calling removeTrack with valid "
            + "sender should set sender.track to null")
    public void removeTrackClearsTheTrackAndStopsSending() {
        RTCRtpSender sender = pc.addTrack(MediaStreamTrack.synthetic("audio"));
        pc.removeTrack(sender);
        assertNull(sender.track());
        assertEquals(pc.getTransceivers().get(0).direction(), RTCRtpTransceiverDirection.RECVONLY);
    }

    @Test(description = "webrtc/RTCPeerConnection-removeTrack.https.html: addTrack - Calling removeTrack on different "
            + "connection should throw InvalidAccessError")
    public void removeTrackOfAnotherConnectionsSenderIsAnInvalidAccessError() {
        RTCRtpSender foreign = remote.addTrack(MediaStreamTrack.synthetic("audio"));
        assertEquals(name(() -> pc.removeTrack(foreign)), "InvalidAccessError");
    }

    @Test(description = "webrtc/RTCPeerConnection-removeTrack.https.html: addTrack - Calling removeTrack when "
            + "connection is closed should throw InvalidStateError")
    public void removeTrackAfterCloseIsAnInvalidStateError() {
        RTCRtpSender sender = pc.addTrack(MediaStreamTrack.synthetic("audio"));
        pc.close();
        assertEquals(name(() -> pc.removeTrack(sender)), "InvalidStateError");
    }

    @Test(description = "webrtc/RTCPeerConnection-removeTrack.https.html: Calling removeTrack with currentDirection "
            + "sendonly should set direction to inactive")
    public void removeTrackOnSendonlyMakesItInactive() {
        RTCRtpTransceiver t = pc.addTransceiver(MediaStreamTrack.synthetic("audio"),
                RTCRtpTransceiverInit.of(RTCRtpTransceiverDirection.SENDONLY));
        pc.removeTrack(t.sender());
        assertEquals(t.direction(), RTCRtpTransceiverDirection.INACTIVE);
    }

    @Test(description = "webrtc/RTCPeerConnection-transceivers.https.html: setRemoteDescription(offer): "
            + "transceiver.direction is recvonly")
    public void remoteOfferCreatesRecvonlyTransceiversWithTheOfferedMids() {
        remote.addTransceiver("audio");
        remote.addTransceiver("video");
        await(pc.setRemoteDescription(await(remote.createOffer())));
        List<RTCRtpTransceiver> ts = pc.getTransceivers();
        assertEquals(ts.stream().map(RTCRtpTransceiver::mid).toList(), List.of("0", "1"));
        assertEquals(ts.stream().map(RTCRtpTransceiver::kind).toList(), List.of("audio", "video"));
        assertEquals(ts.get(0).direction(), RTCRtpTransceiverDirection.RECVONLY);
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-parameterless.https.html: Parameterless SLD() "
            + "in 'have-remote-offer' sets transceiver.currentDirection")
    public void answerSetsCurrentDirectionOnBothSides() {
        RTCRtpTransceiver offerer = remote.addTransceiver("audio");
        exchangeOfferAnswer(remote, pc);
        assertEquals(pc.getTransceivers().get(0).currentDirection(), RTCRtpTransceiverDirection.RECVONLY);
        assertEquals(offerer.currentDirection(), RTCRtpTransceiverDirection.SENDONLY);
    }

    @Test(description = "webrtc/RTCPeerConnection-addTrack.https.html: Calling addTrack while sRD(offer) is pending "
            + "should allow the new remote transceiver to be the same one that addTrack creates")
    public void addTrackTransceiverIsMatchedToTheRemoteOffer() {
        pc.addTrack(MediaStreamTrack.synthetic("audio"));
        remote.addTransceiver("audio");
        await(pc.setRemoteDescription(await(remote.createOffer())));
        assertEquals(pc.getTransceivers().size(), 1);
        assertEquals(pc.getTransceivers().get(0).mid(), "0");
    }

    @Test(description = "webrtc/RTCRtpTransceiver.https.html: checkSetDirection")
    public void settingDirectionStoppedIsATypeError() {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        assertEquals(name(() -> t.setDirection(RTCRtpTransceiverDirection.STOPPED)), "TypeError");
    }

    @Test(description = "webrtc/RTCRtpTransceiver.https.html: checkStop")
    public void stopMakesDirectionStoppedAndSettingItAgainAnInvalidStateError() {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        t.stop();
        assertEquals(t.direction(), RTCRtpTransceiverDirection.STOPPED);
        assertEquals(name(() -> t.setDirection(RTCRtpTransceiverDirection.SENDRECV)), "InvalidStateError");
    }

    @Test(description = "webrtc/RTCRtpTransceiver-stop.html: If a transceiver is stopped, transceivers, senders and "
            + "receivers should disappear after offer/answer")
    public void negotiatingAStoppedTransceiverRejectsItsSectionAndRemovesIt() {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        exchangeOfferAnswer(pc, remote);
        t.stop();
        exchangeOfferAnswer(pc, remote);
        assertTrue(pc.localDescription().sdp().contains("m=audio 0 "));
        assertEquals(t.currentDirection(), RTCRtpTransceiverDirection.STOPPED);
        assertEquals(pc.getTransceivers(), List.of());
        assertEquals(remote.getTransceivers(), List.of());
    }

    @Test(description = "RFC 8829 section 5.2.2 (no WPT test): subsequent offers keep m= line order and mids")
    public void reOfferKeepsMidsAndOrderAndAppendsNewSections() {
        pc.addTransceiver("video");
        pc.createDataChannel("x");
        exchangeOfferAnswer(pc, remote);
        pc.addTransceiver("audio");
        RTCSessionDescriptionInit reoffer = await(pc.createOffer());
        String sdp = reoffer.sdp();
        assertTrue(sdp.indexOf("m=video") < sdp.indexOf("m=application"));
        assertTrue(sdp.indexOf("m=application") < sdp.indexOf("m=audio"));
        assertTrue(sdp.contains("a=group:BUNDLE 0 1 2\r\n"), sdp);
    }

    @Test(description = "webrtc/RTCPeerConnection-transceivers.https.html: setRemoteDescription(offer): ontrack's "
            + "stream.id is the same as stream.id")
    public void remoteSendingSectionFiresTrackWithItsStream() {
        MediaStream stream = new MediaStream();
        remote.addTrack(MediaStreamTrack.synthetic("audio"), stream);
        RTCTrackEvent[] seen = new RTCTrackEvent[1];
        pc.setOntrack(e -> seen[0] = (RTCTrackEvent) e);
        await(pc.setRemoteDescription(await(remote.createOffer())));
        assertEquals(seen[0].track().kind(), "audio");
        assertEquals(seen[0].streams().get(0).id(), stream.id());
        assertSame(seen[0].transceiver(), pc.getTransceivers().get(0));
    }
}
