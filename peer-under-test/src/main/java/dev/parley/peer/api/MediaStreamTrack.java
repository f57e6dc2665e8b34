package dev.parley.peer.api;

import java.util.UUID;

/**
 * W3C mediacapture-streams MediaStreamTrack, reduced to what RTCPeerConnection uses: a synthetic
 * track with an id, a kind and a state. Tracks carry no media here: sources live elsewhere.
 */
public final class MediaStreamTrack {

    private final String id;
    private final String kind;
    private final String label;
    private volatile boolean enabled = true;
    private volatile boolean muted;
    private volatile MediaStreamTrackState readyState = MediaStreamTrackState.LIVE;

    private MediaStreamTrack(String id, String kind, String label, boolean muted) {
        if (!kind.equals("audio") && !kind.equals("video")) {
            throw new TypeError("track kind must be audio or video, not '" + kind + "'");
        }
        this.id = id;
        this.kind = kind;
        this.label = label;
        this.muted = muted;
    }

    /** A local synthetic track, as a fake getUserMedia device would give. */
    public static MediaStreamTrack synthetic(String kind) {
        return new MediaStreamTrack(UUID.randomUUID().toString(), kind, "parley-synthetic-" + kind, false);
    }

    /** The track of a receiver: muted until media arrives (webrtc-pc section 5.3). */
    static MediaStreamTrack remote(String kind, String id) {
        return new MediaStreamTrack(id, kind, "remote " + kind, true);
    }

    public String id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public boolean enabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean muted() {
        return muted;
    }

    public MediaStreamTrackState readyState() {
        return readyState;
    }

    public void stop() {
        readyState = MediaStreamTrackState.ENDED;
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
