package dev.parley.peer.ice;

/**
 * Events of an {@link RTCIceTransport}, delivered in order on the transport's event thread,
 * never on an ice4j or socket thread.
 */
public interface RTCIceTransportListener {

    /** The W3C {@code statechange} event. */
    default void onStateChange(RTCIceTransportState state) {
    }

    /** The W3C {@code gatheringstatechange} event. */
    default void onGatheringStateChange(RTCIceGathererState state) {
    }

    /** A local candidate was gathered (RTCPeerConnection {@code icecandidate}). */
    default void onLocalCandidate(IceCandidateInfo candidate) {
    }

    /** Gathering of one generation ended ({@code icecandidate} with a null candidate); sent before {@code complete}. */
    default void onEndOfLocalCandidates() {
    }

    /** A STUN or TURN server failed us (RTCPeerConnection {@code icecandidateerror}). */
    default void onIceCandidateError(IceCandidateError error) {
    }

    /** The W3C {@code selectedcandidatepairchange} event. */
    default void onSelectedCandidatePairChange(RTCIceCandidatePairInfo pair) {
    }
}
