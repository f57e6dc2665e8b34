package dev.parley.peer.api;

/**
 * A typed listener for every event of an RTCPeerConnection, each hook a no-op unless overridden.
 * Hooks run on the connection's event thread, in the order the events fire.
 */
public interface RTCPeerConnectionObserver {

    default void onNegotiationNeeded() {
    }

    default void onSignalingStateChange(RTCSignalingState state) {
    }

    default void onIceGatheringStateChange(RTCIceGatheringState state) {
    }

    default void onIceConnectionStateChange(RTCIceConnectionState state) {
    }

    default void onConnectionStateChange(RTCPeerConnectionState state) {
    }

    default void onIceCandidate(RTCPeerConnectionIceEvent event) {
    }

    default void onTrack(RTCTrackEvent event) {
    }

    default void onDataChannel(RTCDataChannelEvent event) {
    }

    @Deprecated
    default void onAddStream(MediaStreamEvent event) {
    }

    @Deprecated
    default void onRemoveStream(MediaStreamEvent event) {
    }
}
