package dev.parley.peer.api;

/** W3C webrtc-pc section 5.2.3 RTCRtpHeaderExtensionCapability. */
public record RTCRtpHeaderExtensionCapability(String uri) {
}
