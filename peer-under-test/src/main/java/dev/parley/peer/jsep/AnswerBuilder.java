package dev.parley.peer.jsep;

import dev.parley.peer.api.RTCRtpTransceiverDirection;
import dev.parley.peer.sdp.RtpCodec;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpExtmap;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * createAnswer() as RFC 8829 section 5.3.1 describes it: one section per offered section in the same
 * order and with the same mids; codecs, extensions and directions are the intersection of the offer and
 * what this peer and each transceiver want; what cannot be accepted is rejected with port 0.
 */
public final class AnswerBuilder {

    /**
     * What an answer is made of.
     *
     * @param offer        the remote offer being answered
     * @param transceivers the transceivers, associated with the offer's mids by setRemoteDescription
     * @param setupRole    "active" or "passive": this side's DTLS role (RFC 8842 section 5.3)
     */
    public record Input(SessionIdentity session, LocalTransportInfo transport, String cname,
                        List<TransceiverPlan> transceivers, Sdp offer, String setupRole) {
        public Input {
            transceivers = List.copyOf(transceivers);
        }
    }

    private AnswerBuilder() {
    }

    public static Sdp build(Input in) {
        List<SdpMedia> sections = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (SdpMedia offered : in.offer().media()) {
            SdpMedia section = answer(offered, in);
            sections.add(section);
            if (!section.isRejected()) {
                section.mid().ifPresent(accepted::add);
            }
        }
        List<String> bundle = in.offer().bundleMids().stream().filter(accepted::contains).toList();
        List<TransceiverPlan> sending = in.transceivers().stream()
                .filter(p -> p.mid() != null && accepted.contains(p.mid())).toList();
        return Sdp.of(in.session().origin(), SectionWriter.session(bundle, sending), sections);
    }

    private static SdpMedia answer(SdpMedia offered, Input in) {
        String mid = offered.mid().orElse(null);
        if (offered.isRejected() || mid == null) {
            return SectionWriter.rejected(offered.media(), offered.proto(), offered.formats(), mid);
        }
        if (offered.isDataChannel()) {
            boolean supported = offered.formats().contains(SectionWriter.DATA_FORMAT)
                    && (offered.proto().equals("UDP/DTLS/SCTP") || offered.proto().equals("TCP/DTLS/SCTP"));
            return supported ? SectionWriter.data(mid, offered.proto(), in.transport(), in.setupRole())
                    : SectionWriter.rejected(offered.media(), offered.proto(), offered.formats(), mid);
        }
        Optional<TransceiverPlan> plan = in.transceivers().stream()
                .filter(p -> mid.equals(p.mid()) && !p.stopped()).findFirst();
        if (plan.isEmpty() || !offered.isRtp() || !offered.proto().contains("SAVPF")) {
            return SectionWriter.rejected(offered.media(), offered.proto(), offered.formats(), mid);
        }
        List<RtpCodec> codecs = CodecPreferences.apply(
                MediaCapabilities.negotiate(offered.media(), offered.codecs()), plan.get().codecPreferences());
        // No media codec in common (RTX alone carries nothing): the section is rejected.
        if (codecs.stream().allMatch(MediaCapabilities::isRtx)) {
            return SectionWriter.rejected(offered.media(), offered.proto(), offered.formats(), mid);
        }
        List<SdpExtmap> offeredExt = offered.attributes("extmap").stream()
                .map(SdpExtmap::parse).flatMap(Optional::stream).toList();
        RTCRtpTransceiverDirection direction = Directions.answer(Directions.fromSdp(offered.direction()),
                plan.get().direction());
        return SectionWriter.rtp(offered.media(), mid, direction, codecs,
                MediaCapabilities.negotiateExtensions(offered.media(), offeredExt), plan.get(), in.cname(),
                in.transport(), in.setupRole());
    }
}
