package dev.parley.peer.jsep;

import dev.parley.peer.api.RTCRtpTransceiverDirection;

/** Direction arithmetic of RFC 8829 sections 5.3.1 and 5.10 and RFC 3264 section 6.1. */
public final class Directions {

    private Directions() {
    }

    public static boolean sends(RTCRtpTransceiverDirection d) {
        return d == RTCRtpTransceiverDirection.SENDRECV || d == RTCRtpTransceiverDirection.SENDONLY;
    }

    public static boolean receives(RTCRtpTransceiverDirection d) {
        return d == RTCRtpTransceiverDirection.SENDRECV || d == RTCRtpTransceiverDirection.RECVONLY;
    }

    public static RTCRtpTransceiverDirection of(boolean send, boolean receive) {
        if (send) {
            return receive ? RTCRtpTransceiverDirection.SENDRECV : RTCRtpTransceiverDirection.SENDONLY;
        }
        return receive ? RTCRtpTransceiverDirection.RECVONLY : RTCRtpTransceiverDirection.INACTIVE;
    }

    /** The direction seen from the other side: sendonly and recvonly swap. */
    public static RTCRtpTransceiverDirection reverse(RTCRtpTransceiverDirection d) {
        return of(receives(d), sends(d));
    }

    /** The answer's direction: what the transceiver wants, within what the offer allows (RFC 8829 5.3.1). */
    public static RTCRtpTransceiverDirection answer(RTCRtpTransceiverDirection offered,
                                                    RTCRtpTransceiverDirection local) {
        return of(sends(local) && receives(offered), receives(local) && sends(offered));
    }

    /** The SDP attribute of a media section, sendrecv when absent (RFC 8866 section 6.7). */
    public static RTCRtpTransceiverDirection fromSdp(java.util.Optional<String> attribute) {
        return attribute.map(RTCRtpTransceiverDirection::fromSpec).orElse(RTCRtpTransceiverDirection.SENDRECV);
    }
}
