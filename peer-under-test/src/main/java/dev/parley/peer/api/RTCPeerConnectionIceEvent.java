package dev.parley.peer.api;

/** W3C webrtc-pc section 4.8.3: an icecandidate event; a null candidate ends the gathering. */
public class RTCPeerConnectionIceEvent extends Event {
    private final RTCIceCandidate candidate;
    private final String url;

    public RTCPeerConnectionIceEvent(RTCIceCandidate candidate, String url) {
        super("icecandidate");
        this.candidate = candidate;
        this.url = url;
    }

    public RTCIceCandidate candidate() {
        return candidate;
    }

    public String url() {
        return url;
    }
}
