package dev.parley.peer.api;

/**
 * W3C webrtc-pc section 4.8.2 RTCSessionDescriptionInit (and RTCLocalSessionDescriptionInit, whose
 * type may be absent). Null members are absent ones.
 */
public record RTCSessionDescriptionInit(RTCSdpType type, String sdp) {

    public static RTCSessionDescriptionInit of(RTCSdpType type, String sdp) {
        return new RTCSessionDescriptionInit(type, sdp);
    }

    /** From the spec's strings; an unknown type is a TypeError. */
    public static RTCSessionDescriptionInit of(String type, String sdp) {
        return new RTCSessionDescriptionInit(type == null ? null : RTCSdpType.fromSpec(type), sdp);
    }

    public static RTCSessionDescriptionInit rollback() {
        return new RTCSessionDescriptionInit(RTCSdpType.ROLLBACK, "");
    }
}
