package dev.parley.peer.api;

import dev.parley.peer.jsep.Directions;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpMedia;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "Check if negotiation is needed", webrtc-pc section 4.7.3, step by step. */
final class NegotiationNeededCheck {

    private NegotiationNeededCheck() {
    }

    static boolean isNeeded(boolean iceRestartPending, SessionDescriptions.Entry currentLocal,
                            SessionDescriptions.Entry currentRemote, boolean dataChannelCreated,
                            List<RTCRtpTransceiver> transceivers) {
        if (iceRestartPending) {
            return true;
        }
        Sdp description = currentLocal == null ? null : currentLocal.sdp();
        if (dataChannelCreated && (description == null
                || description.media().stream().noneMatch(m -> m.isDataChannel() && !m.isRejected()))) {
            return true;
        }
        for (RTCRtpTransceiver t : transceivers) {
            if (t.isStopping() && !t.isStopped()) {
                return true;
            }
            Optional<SdpMedia> section = section(description, t.mid());
            if (!t.isStopped()) {
                if (section.isEmpty()) {
                    return true;
                }
                if (Directions.sends(t.direction()) && !sameStreams(section.get(), t.sender())) {
                    return true;
                }
                RTCRtpTransceiverDirection localDir = Directions.fromSdp(section.get().direction());
                Optional<SdpMedia> remoteSection = section(currentRemote == null ? null : currentRemote.sdp(),
                        t.mid());
                if (currentLocal.type() == RTCSdpType.OFFER) {
                    RTCRtpTransceiverDirection remoteDir = remoteSection
                            .map(m -> Directions.reverse(Directions.fromSdp(m.direction()))).orElse(null);
                    if (localDir != t.direction() && remoteDir != t.direction()) {
                        return true;
                    }
                } else if (remoteSection.isPresent()) {
                    RTCRtpTransceiverDirection offered = Directions.fromSdp(remoteSection.get().direction());
                    if (localDir != Directions.answer(offered, t.direction())) {
                        return true;
                    }
                }
            } else if (section.isPresent() && !section.get().isRejected()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<SdpMedia> section(Sdp sdp, String mid) {
        if (sdp == null || mid == null) {
            return Optional.empty();
        }
        return sdp.media().stream().filter(m -> m.mid().map(mid::equals).orElse(false)).findFirst();
    }

    /** Whether the section's a=msid stream ids are the sender's [[AssociatedMediaStreamIds]]. */
    private static boolean sameStreams(SdpMedia section, RTCRtpSender sender) {
        List<String> msids = section.attributes("msid");
        if (msids.isEmpty()) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        for (String msid : msids) {
            String stream = msid.trim().split("\\s+")[0];
            if (!stream.equals("-")) {
                ids.add(stream);
            }
        }
        return ids.equals(new HashSet<>(sender.associatedStreamIds()));
    }
}
