package dev.parley.peer.api;

/** Routes the events of a connection to the typed hooks of an {@link RTCPeerConnectionObserver}. */
final class ObserverAdapter {

    private ObserverAdapter() {
    }

    @SuppressWarnings("deprecation")
    static void register(EventTargetAccess target, RTCPeerConnectionObserver o) {
        target.add("negotiationneeded", e -> o.onNegotiationNeeded());
        target.add("signalingstatechange", e -> o.onSignalingStateChange((RTCSignalingState) state(e)));
        target.add("icegatheringstatechange", e -> o.onIceGatheringStateChange((RTCIceGatheringState) state(e)));
        target.add("iceconnectionstatechange",
                e -> o.onIceConnectionStateChange((RTCIceConnectionState) state(e)));
        target.add("connectionstatechange", e -> o.onConnectionStateChange((RTCPeerConnectionState) state(e)));
        target.add("icecandidate", e -> o.onIceCandidate((RTCPeerConnectionIceEvent) e));
        target.add("track", e -> o.onTrack((RTCTrackEvent) e));
        target.add("datachannel", e -> o.onDataChannel((RTCDataChannelEvent) e));
        target.add("addstream", e -> o.onAddStream((MediaStreamEvent) e));
        target.add("removestream", e -> o.onRemoveStream((MediaStreamEvent) e));
    }

    private static Enum<?> state(Event e) {
        return ((StateChangeEvent) e).state();
    }

    /** addEventListener, as a function so the adapter needs no access to the connection. */
    @FunctionalInterface
    interface EventTargetAccess {
        void add(String type, EventListener listener);
    }
}
