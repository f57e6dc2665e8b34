package dev.parley.peer.api;

/** W3C webrtc-pc section 4.8.1. */
public enum RTCSdpType {
    OFFER("offer"),
    PRANSWER("pranswer"),
    ANSWER("answer"),
    ROLLBACK("rollback");

    private final String spec;

    RTCSdpType(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCSdpType fromSpec(String spec) {
        for (RTCSdpType v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCSdpType");
    }

    @Override
    public String toString() {
        return spec;
    }
}
