package dev.parley.peer.api;

/**
 * A state change event (signalingstatechange, icegatheringstatechange, iceconnectionstatechange,
 * connectionstatechange). In the browser the listener reads the attribute; the event also carries the
 * value the attribute took when the event was queued, so a listener on this thread sees that value even
 * when later changes have already happened.
 */
public class StateChangeEvent extends Event {
    private final Enum<?> state;

    public StateChangeEvent(String type, Enum<?> state) {
        super(type);
        this.state = state;
    }

    /** The new state: an RTCSignalingState, RTCIceGatheringState, RTCIceConnectionState or RTCPeerConnectionState. */
    public Enum<?> state() {
        return state;
    }

    @Override
    public String toString() {
        return type() + "(" + state + ")";
    }
}
