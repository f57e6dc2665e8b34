package dev.parley.peer.jsep;

import dev.parley.peer.sdp.RtpCodec;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpExtmap;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * createOffer() as RFC 8829 sections 5.2.1 (initial offer) and 5.2.2 (subsequent offers) describe it:
 * the m= sections of the current local description keep their order and mids, stopped transceivers'
 * sections are rejected, new transceivers and a first data channel get new sections at the end.
 */
public final class OfferBuilder {

    /**
     * What an offer is made of.
     *
     * @param base         the local description in effect (pending, else current), or null for an initial offer
     * @param dataChannel  whether any RTCDataChannel was created, so an application section is wanted
     */
    public record Input(SessionIdentity session, LocalTransportInfo transport, String cname,
                        List<TransceiverPlan> transceivers, boolean dataChannel, Sdp base) {
        public Input {
            transceivers = List.copyOf(transceivers);
        }
    }

    private OfferBuilder() {
    }

    public static Sdp build(Input in) {
        List<SdpMedia> sections = new ArrayList<>();
        List<String> bundle = new ArrayList<>();
        Set<String> usedMids = usedMids(in);
        SessionMappings mappings = new SessionMappings(in.base());
        boolean dataPresent = false;
        if (in.base() != null) {
            for (SdpMedia old : in.base().media()) {
                String mid = old.mid().orElse(null);
                if (old.isDataChannel()) {
                    dataPresent = true;
                    add(sections, bundle, old.isRejected() && !in.dataChannel()
                            ? SectionWriter.rejected(old.media(), old.proto(), old.formats(), mid)
                            : SectionWriter.data(mid, SectionWriter.SCTP_PROTO, in.transport(), "actpass"));
                    continue;
                }
                Optional<TransceiverPlan> plan = in.transceivers().stream()
                        .filter(p -> mid != null && mid.equals(p.mid())).findFirst();
                add(sections, bundle, plan.filter(p -> !p.stopped() && !old.isRejected())
                        .map(p -> renegotiated(p, old, mappings, in))
                        .orElseGet(() -> SectionWriter.rejected(old.media(), old.proto(), old.formats(), mid)));
            }
        }
        for (TransceiverPlan plan : in.transceivers()) {
            if (plan.mid() == null && !plan.stopped()) {
                add(sections, bundle, SectionWriter.rtp(plan.kind(), nextMid(usedMids), plan.direction(),
                        CodecPreferences.apply(mappings.codecs(plan.kind()), plan.codecPreferences()),
                        mappings.extensions(plan.kind()), plan, in.cname(), in.transport(), "actpass"));
            }
        }
        if (in.dataChannel() && !dataPresent) {
            add(sections, bundle, SectionWriter.data(nextMid(usedMids), SectionWriter.SCTP_PROTO, in.transport(),
                    "actpass"));
        }
        return Sdp.of(in.session().origin(), SectionWriter.session(bundle, in.transceivers()), sections);
    }

    /** A section negotiated before keeps its codecs, payload types and extension ids (RFC 8829 5.2.2). */
    private static SdpMedia renegotiated(TransceiverPlan plan, SdpMedia old, SessionMappings mappings, Input in) {
        List<SdpExtmap> extensions = old.attributes("extmap").stream().map(SdpExtmap::parse)
                .flatMap(Optional::stream).map(e -> new SdpExtmap(e.id(), null, e.uri(), null)).toList();
        List<RtpCodec> codecs = old.codecs();
        if (!plan.codecPreferences().isEmpty()) {
            // Preferences may name codecs the last negotiation dropped: offer them with session-wide numbers.
            List<RtpCodec> candidates = new ArrayList<>(codecs);
            mappings.codecs(plan.kind()).stream()
                    .filter(c -> candidates.stream().noneMatch(o -> o.sameEncoding(c)))
                    .forEach(candidates::add);
            codecs = CodecPreferences.apply(candidates, plan.codecPreferences());
        }
        return SectionWriter.rtp(plan.kind(), old.mid().orElseThrow(), plan.direction(), codecs, extensions,
                plan, in.cname(), in.transport(), "actpass");
    }

    private static void add(List<SdpMedia> sections, List<String> bundle, SdpMedia section) {
        sections.add(section);
        if (!section.isRejected()) {
            section.mid().ifPresent(bundle::add);
        }
    }

    private static Set<String> usedMids(Input in) {
        Set<String> used = new HashSet<>();
        if (in.base() != null) {
            in.base().media().forEach(m -> m.mid().ifPresent(used::add));
        }
        in.transceivers().stream().map(TransceiverPlan::mid).filter(m -> m != null).forEach(used::add);
        return used;
    }

    /** The smallest unused number, as Chrome and Firefox number their mids. */
    private static String nextMid(Set<String> used) {
        for (int i = 0; ; i++) {
            String mid = Integer.toString(i);
            if (used.add(mid)) {
                return mid;
            }
        }
    }
}
