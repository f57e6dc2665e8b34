package dev.parley.peer.api;

/** W3C webrtc-pc section 4.2.5. */
public enum RTCIceTransportPolicy {
    RELAY("relay"),
    ALL("all");

    private final String spec;

    RTCIceTransportPolicy(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCIceTransportPolicy fromSpec(String spec) {
        for (RTCIceTransportPolicy v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCIceTransportPolicy");
    }

    @Override
    public String toString() {
        return spec;
    }
}
