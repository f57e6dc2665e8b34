package dev.parley.peer.api;

/** W3C webrtc-pc section 4.2.8 RTCOfferOptions (the legacy offerToReceive members are not supported). */
public record RTCOfferOptions(boolean iceRestart) {
    public static final RTCOfferOptions DEFAULT = new RTCOfferOptions(false);
    public static final RTCOfferOptions ICE_RESTART = new RTCOfferOptions(true);
}
