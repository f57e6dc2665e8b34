package dev.parley.peer.api;

import java.util.List;

/** W3C webrtc-pc section 5.7 RTCTrackEvent. */
public class RTCTrackEvent extends Event {
    private final RTCRtpReceiver receiver;
    private final MediaStreamTrack track;
    private final List<MediaStream> streams;
    private final RTCRtpTransceiver transceiver;

    public RTCTrackEvent(RTCRtpReceiver receiver, MediaStreamTrack track, List<MediaStream> streams,
                         RTCRtpTransceiver transceiver) {
        super("track");
        this.receiver = receiver;
        this.track = track;
        this.streams = List.copyOf(streams);
        this.transceiver = transceiver;
    }

    public RTCRtpReceiver receiver() {
        return receiver;
    }

    public MediaStreamTrack track() {
        return track;
    }

    public List<MediaStream> streams() {
        return streams;
    }

    public RTCRtpTransceiver transceiver() {
        return transceiver;
    }
}
