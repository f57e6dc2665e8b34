package dev.parley.peer.datachannel;

import dev.parley.peer.api.TypeError;

/** W3C webrtc-pc section 6.2.2. */
public enum RTCDataChannelState {
    CONNECTING("connecting"),
    OPEN("open"),
    CLOSING("closing"),
    CLOSED("closed");

    private final String spec;

    RTCDataChannelState(String spec) {
        this.spec = spec;
    }

    /** The spec's string for this value. */
    public String spec() {
        return spec;
    }

    /** The value for a spec string; a string outside the enum is a TypeError, as in WebIDL. */
    public static RTCDataChannelState fromSpec(String spec) {
        for (RTCDataChannelState v : values()) {
            if (v.spec.equals(spec)) {
                return v;
            }
        }
        throw new TypeError("'" + spec + "' is not a valid value for enumeration RTCDataChannelState");
    }

    @Override
    public String toString() {
        return spec;
    }
}
