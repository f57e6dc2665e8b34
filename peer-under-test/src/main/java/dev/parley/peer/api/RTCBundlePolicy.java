package dev.parley.peer.api;

/** W3C webrtc-pc section 4.2.6. */
public enum RTCBundlePolicy {
    BALANCED("balanced"),
    MAX_COMPAT("max-compat"),
    MAX_BUNDLE("max-bundle");

    private final String spec;

    RTCBundlePolicy(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCBundlePolicy fromSpec(String spec) {
        for (RTCBundlePolicy v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCBundlePolicy");
    }

    @Override
    public String toString() {
        return spec;
    }
}
