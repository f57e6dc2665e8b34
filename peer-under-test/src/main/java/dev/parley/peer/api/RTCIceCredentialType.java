package dev.parley.peer.api;

/** W3C webrtc-pc section 4.2.3. */
public enum RTCIceCredentialType {
    PASSWORD("password");

    private final String spec;

    RTCIceCredentialType(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCIceCredentialType fromSpec(String spec) {
        for (RTCIceCredentialType v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCIceCredentialType");
    }

    @Override
    public String toString() {
        return spec;
    }
}
