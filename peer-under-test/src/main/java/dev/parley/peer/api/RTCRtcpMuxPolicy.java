package dev.parley.peer.api;

/** W3C webrtc-pc section 4.2.7. */
public enum RTCRtcpMuxPolicy {
    REQUIRE("require");

    private final String spec;

    RTCRtcpMuxPolicy(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCRtcpMuxPolicy fromSpec(String spec) {
        for (RTCRtcpMuxPolicy v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCRtcpMuxPolicy");
    }

    @Override
    public String toString() {
        return spec;
    }
}
