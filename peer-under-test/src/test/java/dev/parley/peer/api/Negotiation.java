package dev.parley.peer.api;

import static dev.parley.peer.api.Promises.await;

/** The helper vocabulary of WPT's RTCPeerConnection-helper.js, for two Java connections. */
final class Negotiation {

    private Negotiation() {
    }

    /** offerer.createOffer, both set it, answerer.createAnswer, both set it. */
    static void exchangeOfferAnswer(RTCPeerConnection offerer, RTCPeerConnection answerer) {
        RTCSessionDescriptionInit offer = await(offerer.createOffer());
        await(offerer.setLocalDescription(offer));
        await(answerer.setRemoteDescription(offer));
        RTCSessionDescriptionInit answer = await(answerer.createAnswer());
        await(answerer.setLocalDescription(answer));
        await(offerer.setRemoteDescription(answer));
    }

    /**
     * Waits until every operation chained so far has finished (including the transport start chained
     * behind each description) and every event it queued has fired.
     */
    static void drain(RTCPeerConnection pc) {
        // An operation that changes nothing: it settles, resolved or rejected, after every earlier one.
        pc.addIceCandidate(new RTCIceCandidateInit("", "parley-no-such-mid", null, null))
                .exceptionally(e -> null).join();
        await(pc.getStats());
    }
}
