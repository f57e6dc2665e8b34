package dev.parley.peer.api;

/** W3C webrtc-pc section 4.3.3. */
public enum RTCPeerConnectionState {
    NEW("new"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    DISCONNECTED("disconnected"),
    FAILED("failed"),
    CLOSED("closed");

    private final String spec;

    RTCPeerConnectionState(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCPeerConnectionState fromSpec(String spec) {
        for (RTCPeerConnectionState v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCPeerConnectionState");
    }

    @Override
    public String toString() {
        return spec;
    }
}
