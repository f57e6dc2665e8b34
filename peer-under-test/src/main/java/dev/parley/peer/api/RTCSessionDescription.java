package dev.parley.peer.api;

/** W3C webrtc-pc section 4.8.1 RTCSessionDescription: an immutable type and SDP text. */
public record RTCSessionDescription(RTCSdpType type, String sdp) {

    public RTCSessionDescription {
        if (type == null) {
            throw new TypeError("RTCSessionDescription requires a type");
        }
        sdp = sdp == null ? "" : sdp;
    }

    /** The constructor taking the dictionary; a missing type is a TypeError. */
    public static RTCSessionDescription of(RTCSessionDescriptionInit init) {
        return new RTCSessionDescription(init.type(), init.sdp());
    }

    public RTCSessionDescriptionInit toJSON() {
        return new RTCSessionDescriptionInit(type, sdp);
    }
}
