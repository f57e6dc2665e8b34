package dev.parley.peer.api;

/** W3C webrtc-pc section 4.3.2. */
public enum RTCIceGatheringState {
    NEW("new"),
    GATHERING("gathering"),
    COMPLETE("complete");

    private final String spec;

    RTCIceGatheringState(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCIceGatheringState fromSpec(String spec) {
        for (RTCIceGatheringState v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCIceGatheringState");
    }

    @Override
    public String toString() {
        return spec;
    }
}
