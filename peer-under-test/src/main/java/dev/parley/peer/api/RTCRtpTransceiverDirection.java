package dev.parley.peer.api;

/** W3C webrtc-pc section 5.4. */
public enum RTCRtpTransceiverDirection {
    SENDRECV("sendrecv"),
    SENDONLY("sendonly"),
    RECVONLY("recvonly"),
    INACTIVE("inactive"),
    STOPPED("stopped");

    private final String spec;

    RTCRtpTransceiverDirection(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCRtpTransceiverDirection fromSpec(String spec) {
        for (RTCRtpTransceiverDirection v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCRtpTransceiverDirection");
    }

    @Override
    public String toString() {
        return spec;
    }
}
