package dev.parley.peer.api;

/** W3C mediacapture-streams section 4.3.1. */
public enum MediaStreamTrackState {
    LIVE("live"),
    ENDED("ended");

    private final String spec;

    MediaStreamTrackState(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static MediaStreamTrackState fromSpec(String spec) {
        for (MediaStreamTrackState v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration MediaStreamTrackState");
    }

    @Override
    public String toString() {
        return spec;
    }
}
