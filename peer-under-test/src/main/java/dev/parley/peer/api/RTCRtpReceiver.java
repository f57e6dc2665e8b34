package dev.parley.peer.api;

import java.util.UUID;

/**
 * W3C webrtc-pc section 5.3 RTCRtpReceiver: it always has a track, muted until media arrives.
 */
public final class RTCRtpReceiver {

    private final MediaStreamTrack track;

    RTCRtpReceiver(String kind) {
        this.track = MediaStreamTrack.remote(kind, UUID.randomUUID().toString());
    }

    /** getCapabilities(kind) (section 5.3): what this peer can receive; null for a kind other than audio/video. */
    public static RTCRtpCapabilities getCapabilities(String kind) {
        return RTCRtpCapabilities.of(kind);
    }

    public MediaStreamTrack track() {
        return track;
    }
}
