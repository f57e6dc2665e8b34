package dev.parley.peer.api;

import java.util.List;

/** W3C webrtc-pc section 5.4.1 RTCRtpTransceiverInit (without sendEncodings, which need simulcast). */
public record RTCRtpTransceiverInit(RTCRtpTransceiverDirection direction, List<MediaStream> streams) {

    public RTCRtpTransceiverInit {
        direction = direction == null ? RTCRtpTransceiverDirection.SENDRECV : direction;
        streams = streams == null ? List.of() : List.copyOf(streams);
    }

    public static RTCRtpTransceiverInit of(RTCRtpTransceiverDirection direction) {
        return new RTCRtpTransceiverInit(direction, List.of());
    }
}
