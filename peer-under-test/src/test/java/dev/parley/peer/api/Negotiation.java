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

    /** Waits until every event and promise queued so far on the connection has run. */
    static void drain(RTCPeerConnection pc) {
        await(pc.getStats());
    }
}
