package dev.parley.peer.api;

/**
 * W3C webrtc-pc section 4.8.2.2 RTCIceCandidateInit. An empty candidate string is an end-of-candidates
 * indication; null members are absent ones.
 */
public record RTCIceCandidateInit(String candidate, String sdpMid, Integer sdpMLineIndex, String usernameFragment) {

    public static RTCIceCandidateInit of(String candidate, String sdpMid) {
        return new RTCIceCandidateInit(candidate, sdpMid, null, null);
    }
}
