package dev.parley.peer.api;

/** W3C webrtc-pc section 4.3.4. */
public enum RTCIceConnectionState {
    NEW("new"),
    CHECKING("checking"),
    CONNECTED("connected"),
    COMPLETED("completed"),
    DISCONNECTED("disconnected"),
    FAILED("failed"),
    CLOSED("closed");

    private final String spec;

    RTCIceConnectionState(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCIceConnectionState fromSpec(String spec) {
        for (RTCIceConnectionState v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCIceConnectionState");
    }

    @Override
    public String toString() {
        return spec;
    }
}
