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

    public MediaStreamTrack track() {
        return track;
    }
}
