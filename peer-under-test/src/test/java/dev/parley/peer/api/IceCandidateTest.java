package dev.parley.peer.api;

import static dev.parley.peer.api.Negotiation.drain;
import static dev.parley.peer.api.Promises.assertRejects;
import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.peer.sdp.SdpSamples;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** RTCIceCandidate, addIceCandidate, canTrickleIceCandidates and gathering without a transport. */
public class IceCandidateTest {

    private static final String CANDIDATE = "candidate:1905690388 1 udp 2113937151 192.168.0.1 58041 typ host";

    private RTCPeerConnection pc;

    @BeforeMethod
    public void open() {
        pc = Offline.connection();
    }

    @AfterMethod
    public void close() {
        pc.close();
    }

    private void setChromeOffer() {
        await(pc.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER,
                SdpSamples.read("chrome-offer-av-data.sdp"))));
    }

    @Test(description = "webrtc/RTCIceCandidate-constructor.html: new RTCIceCandidate({ sdpMid: null, sdpMLineIndex: "
            + "null })")
    public void candidateWithoutMidAndIndexIsATypeError() {
        assertEquals(expectThrows(DOMException.class,
                () -> new RTCIceCandidate(new RTCIceCandidateInit(CANDIDATE, null, null, null))).name(), "TypeError");
    }

    @Test(description = "webrtc/RTCIceCandidate-constructor.html: new RTCIceCandidate({ ... }) with valid candidate "
            + "string and sdpMid")
    public void candidateAttributesAreParsedFromTheLine() {
        RTCIceCandidate c = new RTCIceCandidate(RTCIceCandidateInit.of(
                "candidate:3305610821 1 tcp 1518280447 10.213.0.1 9 typ host tcptype active ufrag abcd", "0"));
        assertEquals(c.foundation(), "3305610821");
        assertEquals(c.component(), "rtp");
        assertEquals(c.protocol(), "tcp");
        assertEquals(c.priority(), Long.valueOf(1518280447L));
        assertEquals(c.address(), "10.213.0.1");
        assertEquals(c.port(), Integer.valueOf(9));
        assertEquals(c.type(), "host");
        assertEquals(c.tcpType(), "active");
        assertEquals(c.usernameFragment(), "abcd");
    }

    @Test(description = "webrtc/RTCIceCandidate-constructor.html: new RTCIceCandidate({ ... }) with invalid candidate "
            + "string and sdpMid")
    public void invalidCandidateLineLeavesTheParsedAttributesNull() {
        RTCIceCandidate c = new RTCIceCandidate(RTCIceCandidateInit.of("bogus", "0"));
        assertEquals(c.candidate(), "bogus");
        assertNull(c.foundation());
        assertNull(c.port());
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add ICE candidate before setting remote "
            + "description should reject with InvalidStateError")
    public void addIceCandidateBeforeARemoteDescriptionIsAnInvalidStateError() {
        assertRejects("InvalidStateError", pc.addIceCandidate(RTCIceCandidateInit.of(CANDIDATE, "0")));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add ICE candidate after setting remote "
            + "description should succeed")
    public void addedCandidateAppearsInTheRemoteDescription() {
        setChromeOffer();
        await(pc.addIceCandidate(RTCIceCandidateInit.of(CANDIDATE, "1")));
        String sdp = pc.remoteDescription().sdp();
        int video = sdp.indexOf("m=video");
        assertTrue(sdp.indexOf("a=" + CANDIDATE) > video && sdp.indexOf("a=" + CANDIDATE) < sdp.indexOf("m=application"));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add candidate with invalid sdpMid should "
            + "reject with OperationError")
    public void unknownMidIsAnOperationError() {
        setChromeOffer();
        assertRejects("OperationError", pc.addIceCandidate(RTCIceCandidateInit.of(CANDIDATE, "99")));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add candidate with invalid sdpMLineIndex should "
            + "reject with OperationError")
    public void indexOutOfRangeIsAnOperationError() {
        setChromeOffer();
        assertRejects("OperationError", pc.addIceCandidate(new RTCIceCandidateInit(CANDIDATE, null, 3, null)));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Invalid sdpMLineIndex should be ignored if "
            + "valid sdpMid is provided")
    public void midWinsOverAnInvalidIndex() {
        setChromeOffer();
        await(pc.addIceCandidate(new RTCIceCandidateInit(CANDIDATE, "2", 42, null)));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add candidate with invalid usernameFragment "
            + "should reject with OperationError")
    public void unknownUfragIsAnOperationError() {
        setChromeOffer();
        assertRejects("OperationError", pc.addIceCandidate(new RTCIceCandidateInit(CANDIDATE, "0", null, "nope")));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add candidate with invalid candidate string "
            + "should reject with OperationError")
    public void unparsableCandidateIsAnOperationError() {
        setChromeOffer();
        assertRejects("OperationError", pc.addIceCandidate(RTCIceCandidateInit.of("candidate:1 1 udp", "0")));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: Add candidate with only valid candidate string "
            + "should reject with TypeError")
    public void candidateWithoutMidOrIndexIsATypeError() {
        setChromeOffer();
        assertRejects("TypeError", pc.addIceCandidate(new RTCIceCandidateInit(CANDIDATE, null, null, null)));
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: addIceCandidate({}) in stable should work, and "
            + "add a=end-of-candidates to both m-sections")
    public void endOfCandidatesIsAddedToEverySection() {
        setChromeOffer();
        await(pc.addIceCandidate());
        String sdp = pc.remoteDescription().sdp();
        assertEquals(sdp.split("a=end-of-candidates", -1).length - 1, 3);
    }

    @Test(description = "webrtc/RTCPeerConnection-addIceCandidate.html: addIceCandidate after close should reject with "
            + "InvalidStateError")
    public void addIceCandidateAfterCloseIsAnInvalidStateError() {
        pc.close();
        assertRejects("InvalidStateError", pc.addIceCandidate(RTCIceCandidateInit.of(CANDIDATE, "0")));
    }

    @Test(description = "webrtc/RTCPeerConnection-canTrickleIceCandidates.html: canTrickleIceCandidates property is "
            + "true after setRemoteDescription with a=ice-options:trickle")
    public void canTrickleIsTrueForAnOfferWithTrickle() {
        setChromeOffer();
        assertEquals(pc.canTrickleIceCandidates(), Boolean.TRUE);
    }

    @Test(description = "webrtc/RTCPeerConnection-canTrickleIceCandidates.html: canTrickleIceCandidates property is "
            + "false after setRemoteDescription without a=ice-options:trickle")
    public void canTrickleIsFalseWithoutTrickle() {
        await(pc.setRemoteDescription(RTCSessionDescriptionInit.of(RTCSdpType.OFFER,
                SdpSamples.read("chrome-offer-data-only.sdp").replace("a=ice-options:trickle\r\n", ""))));
        assertFalse(pc.canTrickleIceCandidates());
    }

    @Test(description = "webrtc/RTCPeerConnection-iceGatheringState.html: setLocalDescription() with no transports "
            + "should not cause iceGatheringState to change")
    public void withoutATransportGatheringStaysNewAndNoCandidateFires() {
        EventLog log = new EventLog(pc);
        pc.createDataChannel("x");
        drain(pc);
        await(pc.setLocalDescription());
        drain(pc);
        assertEquals(pc.iceGatheringState(), RTCIceGatheringState.NEW);
        assertEquals(log.entries(), List.of("negotiationneeded", "signalingstatechange:have-local-offer"));
        assertFalse(pc.localDescription().sdp().contains("a=candidate"));
    }
}
