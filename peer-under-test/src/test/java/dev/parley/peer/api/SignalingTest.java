package dev.parley.peer.api;

import static dev.parley.peer.api.Negotiation.exchangeOfferAnswer;
import static dev.parley.peer.api.Promises.assertNeverSettles;
import static dev.parley.peer.api.Promises.assertRejects;
import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** setLocalDescription, setRemoteDescription, rollback and the description attributes (section 4.4.1). */
public class SignalingTest {

    private RTCPeerConnection caller;
    private RTCPeerConnection callee;

    @BeforeMethod
    public void open() {
        caller = Offline.connection();
        callee = Offline.connection();
    }

    @AfterMethod
    public void close() {
        caller.close();
        callee.close();
    }

    private RTCSessionDescriptionInit offerWithAudio() {
        caller.addTransceiver("audio");
        return await(caller.createOffer());
    }

    @Test(description = "webrtc/RTCPeerConnection-createOffer.html: createOffer() returns RTCSessionDescriptionInit")
    public void createOfferReturnsAnOfferWithoutChangingState() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        assertEquals(offer.type(), RTCSdpType.OFFER);
        assertTrue(offer.sdp().startsWith("v=0\r\n"));
        assertEquals(caller.signalingState(), RTCSignalingState.STABLE);
        assertNull(caller.localDescription());
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-offer.html: setLocalDescription with valid "
            + "offer should succeed")
    public void setLocalOfferGoesToHaveLocalOfferAndSetsPendingLocalDescription() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        await(caller.setLocalDescription(offer));
        assertEquals(caller.signalingState(), RTCSignalingState.HAVE_LOCAL_OFFER);
        assertEquals(caller.pendingLocalDescription().sdp(), offer.sdp());
        assertEquals(caller.localDescription().sdp(), offer.sdp());
        assertNull(caller.currentLocalDescription());
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-offer.html: setLocalDescription() with offer "
            + "not created by own createOffer() should reject with InvalidModificationError")
    public void setLocalOfferNotCreatedByCreateOfferIsAnInvalidModificationError() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        String munged = offer.sdp().replace("a=rtcp-rsize\r\n", "");
        assertRejects("InvalidModificationError", caller.setLocalDescription(
                RTCSessionDescriptionInit.of(RTCSdpType.OFFER, munged)));
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-offer.html: Set created offer other than last "
            + "offer should reject with InvalidModificationError")
    public void setLocalOfferOtherThanTheLastCreatedIsAnInvalidModificationError() {
        RTCSessionDescriptionInit first = offerWithAudio();
        caller.addTransceiver("video");
        await(caller.createOffer());
        assertRejects("InvalidModificationError", caller.setLocalDescription(first));
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-answer.html: Calling setLocalDescription(answer) "
            + "from stable state should reject with InvalidStateError")
    public void setLocalAnswerInStableIsAnInvalidStateError() {
        assertRejects("InvalidStateError", caller.setLocalDescription(
                RTCSessionDescriptionInit.of(RTCSdpType.ANSWER, "")));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-answer.html: Calling "
            + "setRemoteDescription(answer) from stable state should reject with InvalidStateError")
    public void setRemoteDescriptionAnswerInStableRejectsWithInvalidStateError() {
        assertRejects("InvalidStateError", caller.setRemoteDescription(
                RTCSessionDescriptionInit.of(RTCSdpType.ANSWER, "not even sdp")));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription.html: setRemoteDescription() with invalid SDP "
            + "and stable state should reject with InvalidStateError")
    public void stateIsCheckedBeforeTheSdpIsParsed() {
        assertRejects("InvalidStateError", callee.setRemoteDescription(
                RTCSessionDescriptionInit.of(RTCSdpType.PRANSWER, "garbage")));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription(offer) with "
            + "invalid SDP should reject with RTCError")
    public void unparsableRemoteOfferIsAnRTCErrorWithSdpSyntaxError() {
        DOMException e = assertRejects("OperationError", callee.setRemoteDescription(
                RTCSessionDescriptionInit.of(RTCSdpType.OFFER, "v=0\r\nbogus\r\n")));
        assertEquals(((RTCError) e).errorDetail(), "sdp-syntax-error");
        assertEquals(((RTCError) e).sdpLineNumber(), Integer.valueOf(2));
        assertEquals(callee.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-parameterless.https.html: Parameterless SRD() "
            + "rejects with TypeError.")
    public void setRemoteDescriptionWithoutTypeIsATypeError() {
        assertRejects("TypeError", callee.setRemoteDescription(new RTCSessionDescriptionInit(null, "")));
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-parameterless.https.html: RTCSessionDescription "
            + "constructed without type throws TypeError")
    public void sessionDescriptionWithoutTypeIsATypeError() {
        try {
            RTCSessionDescription.of(new RTCSessionDescriptionInit(null, "v=0"));
            throw new AssertionError("no TypeError");
        } catch (TypeError expected) {
            assertEquals(expected.name(), "TypeError");
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription with valid "
            + "offer should succeed")
    public void setRemoteOfferGoesToHaveRemoteOfferAndSetsPendingRemoteDescription() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        await(callee.setRemoteDescription(offer));
        assertEquals(callee.signalingState(), RTCSignalingState.HAVE_REMOTE_OFFER);
        assertEquals(callee.pendingRemoteDescription().sdp(), offer.sdp());
        assertNull(callee.currentRemoteDescription());
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription.html: Negotiation should fire signalingsstate "
            + "events")
    public void fullExchangeFiresSignalingStateChangesInOrder() {
        EventLog callerEvents = new EventLog(caller);
        EventLog calleeEvents = new EventLog(callee);
        caller.addTransceiver("audio");
        Negotiation.drain(caller);
        exchangeOfferAnswer(caller, callee);
        assertEquals(callerEvents.entries(), List.of("negotiationneeded", "signalingstatechange:have-local-offer",
                "signalingstatechange:stable"));
        assertEquals(calleeEvents.entries(), List.of("signalingstatechange:have-remote-offer", "track",
                "signalingstatechange:stable"));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-answer.html: setRemoteDescription() with valid "
            + "state and answer should succeed")
    public void afterAnswerCurrentDescriptionsAreSetAndPendingOnesCleared() {
        caller.addTransceiver("audio");
        exchangeOfferAnswer(caller, callee);
        for (RTCPeerConnection pc : List.of(caller, callee)) {
            assertEquals(pc.signalingState(), RTCSignalingState.STABLE);
            assertNull(pc.pendingLocalDescription());
            assertNull(pc.pendingRemoteDescription());
            assertEquals(pc.localDescription(), pc.currentLocalDescription());
            assertEquals(pc.remoteDescription(), pc.currentRemoteDescription());
        }
        assertEquals(caller.currentRemoteDescription().sdp(), callee.currentLocalDescription().sdp());
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-parameterless.https.html: Parameterless SLD() "
            + "in a full O/A exchange succeeds")
    public void parameterlessSetLocalDescriptionCreatesOfferThenAnswer() {
        caller.addTransceiver("video");
        await(caller.setLocalDescription());
        assertEquals(caller.localDescription().type(), RTCSdpType.OFFER);
        await(callee.setRemoteDescription(caller.localDescription().toJSON()));
        await(callee.setLocalDescription());
        assertEquals(callee.localDescription().type(), RTCSdpType.ANSWER);
        await(caller.setRemoteDescription(callee.localDescription().toJSON()));
        assertEquals(caller.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-parameterless.https.html: Parameterless SLD() "
            + "uses [[LastCreatedOffer]] if it is still valid")
    public void parameterlessSetLocalDescriptionUsesTheLastCreatedOffer() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        await(caller.setLocalDescription());
        assertEquals(caller.localDescription().sdp(), offer.sdp());
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-parameterless.https.html: Parameterless SLD() "
            + "in 'stable' assigns transceiver.mid")
    public void setLocalOfferAssignsMids() {
        RTCRtpTransceiver t = caller.addTransceiver("audio");
        assertNull(t.mid());
        await(caller.setLocalDescription());
        assertEquals(t.mid(), "0");
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-rollback.html: setLocalDescription(rollback) "
            + "from have-local-offer state should reset back to stable state")
    public void localRollbackReturnsToStableAndClearsThePendingDescription() {
        await(caller.setLocalDescription(offerWithAudio()));
        await(caller.setLocalDescription(RTCSessionDescriptionInit.rollback()));
        assertEquals(caller.signalingState(), RTCSignalingState.STABLE);
        assertNull(caller.localDescription());
    }

    @Test(description = "webrtc/RTCPeerConnection-setDescription-transceiver.html: setLocalDescription(rollback) "
            + "should unset transceiver.mid")
    public void localRollbackUnsetsMids() {
        RTCRtpTransceiver t = caller.addTransceiver("audio");
        await(caller.setLocalDescription());
        await(caller.setLocalDescription(RTCSessionDescriptionInit.rollback()));
        assertNull(t.mid());
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-rollback.html: setLocalDescription(rollback) "
            + "from stable state should reject with InvalidStateError")
    public void localRollbackInStableIsAnInvalidStateError() {
        assertRejects("InvalidStateError", caller.setLocalDescription(RTCSessionDescriptionInit.rollback()));
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-rollback.html: setLocalDescription(rollback) "
            + "after setting a remote offer should reject with InvalidStateError")
    public void localRollbackInHaveRemoteOfferIsAnInvalidStateError() {
        await(callee.setRemoteDescription(offerWithAudio()));
        assertRejects("InvalidStateError", callee.setLocalDescription(RTCSessionDescriptionInit.rollback()));
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-rollback.html: setLocalDescription(rollback) "
            + "should ignore invalid sdp content and succeed")
    public void rollbackIgnoresItsSdp() {
        await(caller.setLocalDescription(offerWithAudio()));
        await(caller.setLocalDescription(RTCSessionDescriptionInit.of(RTCSdpType.ROLLBACK, "invalid")));
        assertEquals(caller.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-rollback.html: rollback of a remote offer "
            + "should remove a transceiver")
    public void remoteRollbackRemovesTransceiversTheOfferCreated() {
        await(callee.setRemoteDescription(offerWithAudio()));
        assertEquals(callee.getTransceivers().size(), 1);
        await(callee.setRemoteDescription(RTCSessionDescriptionInit.rollback()));
        assertEquals(callee.getTransceivers().size(), 0);
        assertEquals(callee.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-rollback.html: rollback of a remote offer "
            + "should keep a transceiver created by addtrack")
    public void remoteRollbackKeepsTransceiversAddTrackTookOver() {
        await(callee.setRemoteDescription(offerWithAudio()));
        RTCRtpSender sender = callee.addTrack(MediaStreamTrack.synthetic("audio"));
        await(callee.setRemoteDescription(RTCSessionDescriptionInit.rollback()));
        assertEquals(callee.getTransceivers().size(), 1);
        assertEquals(callee.getTransceivers().get(0).sender(), sender);
        assertNull(callee.getTransceivers().get(0).mid());
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-rollback.html: setRemoteDescription(rollback) "
            + "after setting a local offer should reject with InvalidStateError")
    public void remoteRollbackInHaveLocalOfferIsAnInvalidStateError() {
        await(caller.setLocalDescription(offerWithAudio()));
        assertRejects("InvalidStateError", caller.setRemoteDescription(RTCSessionDescriptionInit.rollback()));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription(offer) from "
            + "have-local-offer fires signalingstatechange twice")
    public void remoteOfferInHaveLocalOfferRollsBackImplicitly() {
        callee.addTransceiver("video");
        await(callee.setLocalDescription());
        EventLog log = new EventLog(callee);
        await(callee.setRemoteDescription(offerWithAudio()));
        assertEquals(callee.signalingState(), RTCSignalingState.HAVE_REMOTE_OFFER);
        assertEquals(log.entries().subList(0, 2), List.of("signalingstatechange:stable",
                "signalingstatechange:have-remote-offer"));
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription(invalidOffer) "
            + "from have-local-offer does not undo rollback")
    public void invalidRemoteOfferInHaveLocalOfferStillRollsBack() {
        callee.addTransceiver("video");
        await(callee.setLocalDescription());
        assertRejects("OperationError", callee.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER,
                "v=0\r\nx")));
        assertEquals(callee.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-pranswer.html: setRemoteDescription(pranswer) "
            + "from have-local-offer state should succeed")
    public void remotePranswerThenAnswerReachesStable() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        await(caller.setLocalDescription(offer));
        await(callee.setRemoteDescription(offer));
        RTCSessionDescriptionInit answer = await(callee.createAnswer());
        await(caller.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.PRANSWER, answer.sdp())));
        assertEquals(caller.signalingState(), RTCSignalingState.HAVE_REMOTE_PRANSWER);
        assertEquals(caller.pendingRemoteDescription().type(), RTCSdpType.PRANSWER);
        await(caller.setRemoteDescription(answer));
        assertEquals(caller.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-pranswer.html: setLocalDescription(answer) from "
            + "have-local-pranswer state should succeed")
    public void localPranswerThenAnswerReachesStable() {
        await(callee.setRemoteDescription(offerWithAudio()));
        RTCSessionDescriptionInit answer = await(callee.createAnswer());
        await(callee.setLocalDescription(RTCSessionDescriptionInit.of(RTCSdpType.PRANSWER, answer.sdp())));
        assertEquals(callee.signalingState(), RTCSignalingState.HAVE_LOCAL_PRANSWER);
        await(callee.setLocalDescription(answer));
        assertEquals(callee.signalingState(), RTCSignalingState.STABLE);
    }

    @Test(description = "webrtc/RTCPeerConnection-createAnswer.html: createAnswer() with null remoteDescription "
            + "should reject with InvalidStateError")
    public void createAnswerWithoutARemoteOfferIsAnInvalidStateError() {
        assertRejects("InvalidStateError", callee.createAnswer());
    }

    @Test(description = "webrtc/RTCPeerConnection-createOffer.html: createOffer() should fail when signaling state is "
            + "not stable or have-local-offer")
    public void createOfferInHaveRemoteOfferIsAnInvalidStateError() {
        await(callee.setRemoteDescription(offerWithAudio()));
        assertRejects("InvalidStateError", callee.createOffer());
    }

    @Test(description = "webrtc/RTCPeerConnection-createOffer.html: createOffer() after connection is closed should "
            + "reject with InvalidStateError")
    public void createOfferAfterCloseIsAnInvalidStateError() {
        caller.close();
        assertRejects("InvalidStateError", caller.createOffer());
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription.html: Closing on setRemoteDescription() neither "
            + "resolves nor rejects")
    public void operationPendingAtCloseNeverSettles() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        callee.addTransceiver("video");
        var first = callee.createOffer();
        var pending = callee.setRemoteDescription(offer);
        callee.close();
        assertNeverSettles(pending);
        first.cancel(true);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription.html: Switching role from offerer to answerer "
            + "after going back to stable state should succeed")
    public void rolesCanSwitchAfterStable() {
        caller.addTransceiver("audio");
        exchangeOfferAnswer(caller, callee);
        callee.addTransceiver("video");
        exchangeOfferAnswer(callee, caller);
        assertEquals(caller.getTransceivers().size(), 2);
        assertEquals(caller.currentLocalDescription().type(), RTCSdpType.ANSWER);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: setRemoteDescription multiple times "
            + "should succeed")
    public void remoteOfferCanBeSetAgain() {
        RTCSessionDescriptionInit offer = offerWithAudio();
        await(callee.setRemoteDescription(offer));
        await(callee.setRemoteDescription(offer));
        assertEquals(callee.signalingState(), RTCSignalingState.HAVE_REMOTE_OFFER);
        assertEquals(callee.getTransceivers().size(), 1);
    }

    @Test(description = "webrtc/RTCPeerConnection-restartIce.https.html: restartIce() survives rollback${tag} "
            + "[template]")
    public void iceRestartOfferHasNewCredentialsAndKeepsMids() {
        caller.addTransceiver("audio");
        exchangeOfferAnswer(caller, callee);
        String ufrag = ufrag(caller.localDescription().sdp());
        RTCSessionDescriptionInit restart = await(caller.createOffer(RTCOfferOptions.ICE_RESTART));
        assertNotEquals(ufrag(restart.sdp()), ufrag);
        assertTrue(restart.sdp().contains("a=mid:0\r\n"));
    }

    @Test(description = "webrtc/RTCPeerConnection-restartIce.https.html: restartIce() survives rollback${tag} "
            + "[template]")
    public void restartIceMakesTheNextOfferRestartEvenAfterRollback() {
        caller.addTransceiver("audio");
        exchangeOfferAnswer(caller, callee);
        String ufrag = ufrag(caller.localDescription().sdp());
        caller.restartIce();
        await(caller.setLocalDescription());
        await(caller.setLocalDescription(RTCSessionDescriptionInit.rollback()));
        assertNotEquals(ufrag(await(caller.createOffer()).sdp()), ufrag);
    }

    @Test(description = "webrtc/RTCPeerConnection-restartIce.https.html: restartIce() survives rollback${tag} "
            + "[template]")
    public void answererAnswersAnIceRestartWithNewCredentials() {
        caller.addTransceiver("audio");
        exchangeOfferAnswer(caller, callee);
        String calleeUfrag = ufrag(callee.localDescription().sdp());
        RTCSessionDescriptionInit restart = await(caller.createOffer(RTCOfferOptions.ICE_RESTART));
        await(caller.setLocalDescription(restart));
        await(callee.setRemoteDescription(restart));
        assertNotEquals(ufrag(await(callee.createAnswer()).sdp()), calleeUfrag);
    }

    @Test(description = "RFC 8829 section 5.2.2 (no WPT test): the o= version grows only when the offer changes")
    public void sessionVersionGrowsOnlyWhenTheDescriptionChanges() throws Exception {
        caller.addTransceiver("audio");
        exchangeOfferAnswer(caller, callee);
        long version = version(caller.localDescription().sdp());
        assertEquals(version(await(caller.createOffer()).sdp()), version);
        caller.addTransceiver("video");
        assertEquals(version(await(caller.createOffer()).sdp()), version + 1);
    }

    private static long version(String sdp) throws Exception {
        return Long.parseLong(dev.parley.peer.sdp.SdpParser.parse(sdp).origin().sessionVersion());
    }

    static String ufrag(String sdp) {
        try {
            return dev.parley.peer.sdp.SdpParser.parse(sdp).media().get(0).attribute("ice-ufrag").orElseThrow();
        } catch (dev.parley.peer.sdp.SdpParseException e) {
            throw new AssertionError(e);
        }
    }
}
