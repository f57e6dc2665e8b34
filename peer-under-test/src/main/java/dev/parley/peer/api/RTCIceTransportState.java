package dev.parley.peer.api;

/** W3C webrtc-pc section 5.6.3: the state of the one ICE transport a max-bundle connection uses. */
public enum RTCIceTransportState {
    NEW("new"),
    CHECKING("checking"),
    CONNECTED("connected"),
    COMPLETED("completed"),
    DISCONNECTED("disconnected"),
    FAILED("failed"),
    CLOSED("closed");

    private final String spec;

    RTCIceTransportState(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCIceTransportState fromSpec(String spec) {
        for (RTCIceTransportState v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCIceTransportState");
    }

    @Override
    public String toString() {
        return spec;
    }
}
