package dev.parley.harness.peer;

/**
 * One event fired by the peer's RTCPeerConnection (or one of its channels).
 *
 * @param type   the event name: signalingstatechange, iceconnectionstatechange, connectionstatechange,
 *               icegatheringstatechange, negotiationneeded, icecandidate, track, datachannel, and
 *               channel events open, message, close, closing, error
 * @param value  the new state for state changes; the candidate line (or "" for end-of-candidates,
 *               null for the final null candidate) for icecandidate; the track kind for track; the
 *               channel handle for datachannel and channel events
 * @param detail extra detail (sdpMid for icecandidate, label for channels), may be null
 * @param timeMs monotonic milliseconds since the peer was created
 */
public record PeerEvent(String type, String value, String detail, double timeMs) {
}
