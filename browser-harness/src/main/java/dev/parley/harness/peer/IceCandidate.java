package dev.parley.harness.peer;

/** RTCIceCandidateInit. An empty candidate string is the end-of-candidates indication of a generation. */
public record IceCandidate(String candidate, String sdpMid, Integer sdpMLineIndex, String usernameFragment) {
}
