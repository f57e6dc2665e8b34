package dev.parley.peer.jsep;

import dev.parley.peer.api.RTCRtpTransceiverDirection;
import dev.parley.peer.sdp.RtpCodec;
import java.util.List;

/**
 * What the offer and answer builders need to know of one RTCRtpTransceiver, taken as a snapshot so the
 * builders stay pure functions of their input.
 *
 * @param mid       the transceiver's mid, null while not associated with an m= section
 * @param direction the transceiver's [[Direction]] (stopped while stopping)
 * @param streamIds the sender's [[AssociatedMediaStreamIds]]
 * @param trackId   the sender's track id, or null without a track
 * @param ssrc      the sender's RTP SSRC
 * @param rtxSsrc   the sender's RTX SSRC (video), or 0
 * @param stopped   [[Stopping]] or [[Stopped]]: the section is offered or answered as rejected
 * @param codecPreferences the transceiver's [[PreferredCodecs]], empty for none
 */
public record TransceiverPlan(String mid, String kind, RTCRtpTransceiverDirection direction, List<String> streamIds,
                              String trackId, long ssrc, long rtxSsrc, boolean stopped,
                              List<RtpCodec> codecPreferences) {

    public TransceiverPlan {
        streamIds = List.copyOf(streamIds);
        codecPreferences = List.copyOf(codecPreferences);
    }

    public boolean sends() {
        return !stopped && Directions.sends(direction);
    }
}
