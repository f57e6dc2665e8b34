package dev.parley.peer.jsep;

import dev.parley.peer.api.RTCRtpTransceiverDirection;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.sdp.RtpCodec;
import dev.parley.peer.sdp.SdpAttribute;
import dev.parley.peer.sdp.SdpConnection;
import dev.parley.peer.sdp.SdpExtmap;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.List;

/** Writes the m= sections both builders produce, attribute by attribute in Chrome's order. */
final class SectionWriter {

    static final String RTP_PROTO = "UDP/TLS/RTP/SAVPF";
    static final String SCTP_PROTO = "UDP/DTLS/SCTP";
    static final String DATA_FORMAT = "webrtc-datachannel";
    static final int SCTP_PORT = 5000;
    static final int MAX_MESSAGE_SIZE = 262144;

    private SectionWriter() {
    }

    /** An audio or video section of a transceiver that takes part. */
    static SdpMedia rtp(String kind, String mid, RTCRtpTransceiverDirection direction, List<RtpCodec> codecs,
                        List<SdpExtmap> extensions, TransceiverPlan plan, String cname, LocalTransportInfo transport,
                        String setup) {
        List<SdpAttribute> a = new ArrayList<>();
        a.add(SdpAttribute.of("rtcp", "9 IN IP4 0.0.0.0"));
        transport(a, transport, setup, mid);
        extensions.forEach(e -> a.add(SdpAttribute.of("extmap", e.value())));
        a.add(SdpAttribute.property(direction.spec()));
        boolean sends = Directions.sends(direction);
        if (sends) {
            msids(plan).forEach(m -> a.add(SdpAttribute.of("msid", m)));
        }
        a.add(SdpAttribute.property("rtcp-mux"));
        a.add(SdpAttribute.property("rtcp-rsize"));
        for (RtpCodec c : codecs) {
            a.add(SdpAttribute.of("rtpmap", c.rtpmapValue()));
            c.rtcpFeedback().forEach(fb -> a.add(SdpAttribute.of("rtcp-fb", c.payloadType() + " " + fb)));
            if (c.fmtp() != null) {
                a.add(SdpAttribute.of("fmtp", c.payloadType() + " " + c.fmtp()));
            }
        }
        if (sends) {
            ssrcs(a, plan, cname, codecs.stream().anyMatch(MediaCapabilities::isRtx));
        }
        List<String> formats = codecs.stream().map(c -> Integer.toString(c.payloadType())).toList();
        return SdpMedia.of(kind, SdpMedia.DISCARD_PORT, RTP_PROTO, formats, SdpConnection.UNSPECIFIED, a);
    }

    /** The data channel section (RFC 8841 section 5). */
    static SdpMedia data(String mid, String proto, LocalTransportInfo transport, String setup) {
        List<SdpAttribute> a = new ArrayList<>();
        transport(a, transport, setup, mid);
        a.add(SdpAttribute.of("sctp-port", SCTP_PORT));
        a.add(SdpAttribute.of("max-message-size", MAX_MESSAGE_SIZE));
        return SdpMedia.of("application", SdpMedia.DISCARD_PORT, proto, List.of(DATA_FORMAT),
                SdpConnection.UNSPECIFIED, a);
    }

    /** A rejected section (RFC 8829 section 5.2.2, 5.3.1): port 0, the mid kept, nothing else negotiated. */
    static SdpMedia rejected(String media, String proto, List<String> formats, String mid) {
        List<SdpAttribute> a = new ArrayList<>();
        if (mid != null) {
            a.add(SdpAttribute.of("mid", mid));
        }
        a.add(SdpAttribute.property("inactive"));
        List<String> fmts = formats.isEmpty() ? List.of("0") : formats.subList(0, 1);
        return SdpMedia.of(media, 0, proto, fmts, SdpConnection.UNSPECIFIED, a);
    }

    /** The a=msid values: one per associated stream, or "-" without a stream (RFC 8830 section 2). */
    static List<String> msids(TransceiverPlan plan) {
        if (plan.streamIds().isEmpty()) {
            return List.of("- " + plan.trackId());
        }
        return plan.streamIds().stream().map(s -> s + " " + plan.trackId()).toList();
    }

    private static void transport(List<SdpAttribute> a, LocalTransportInfo t, String setup, String mid) {
        t.candidates().forEach(c -> a.add(SdpAttribute.of("candidate", c.startsWith("candidate:")
                ? c.substring("candidate:".length()) : c)));
        a.add(SdpAttribute.of("ice-ufrag", t.ice().usernameFragment()));
        a.add(SdpAttribute.of("ice-pwd", t.ice().password()));
        a.add(SdpAttribute.of("ice-options", "trickle"));
        for (RTCDtlsFingerprint f : t.fingerprints()) {
            a.add(SdpAttribute.of("fingerprint", f.toSdpValue()));
        }
        a.add(SdpAttribute.of("setup", setup));
        a.add(SdpAttribute.of("mid", mid));
        if (t.gatheringComplete()) {
            a.add(SdpAttribute.property("end-of-candidates"));
        }
    }

    private static void ssrcs(List<SdpAttribute> a, TransceiverPlan plan, String cname, boolean rtx) {
        List<Long> ssrcs = rtx && plan.rtxSsrc() != 0 ? List.of(plan.ssrc(), plan.rtxSsrc()) : List.of(plan.ssrc());
        if (ssrcs.size() == 2) {
            a.add(SdpAttribute.of("ssrc-group", "FID " + ssrcs.get(0) + " " + ssrcs.get(1)));
        }
        for (long ssrc : ssrcs) {
            a.add(SdpAttribute.of("ssrc", ssrc + " cname:" + cname));
            for (String msid : msids(plan)) {
                a.add(SdpAttribute.of("ssrc", ssrc + " msid:" + msid));
            }
        }
    }

    /** Session-level attributes: BUNDLE group, extmap-allow-mixed, msid-semantic as Chrome writes them. */
    static List<SdpAttribute> session(List<String> bundleMids, List<TransceiverPlan> plans) {
        List<SdpAttribute> a = new ArrayList<>();
        if (!bundleMids.isEmpty()) {
            a.add(SdpAttribute.of("group", "BUNDLE " + String.join(" ", bundleMids)));
        }
        a.add(SdpAttribute.property("extmap-allow-mixed"));
        StringBuilder wms = new StringBuilder(" WMS");
        plans.stream().filter(TransceiverPlan::sends).flatMap(p -> p.streamIds().stream()).distinct()
                .forEach(id -> wms.append(' ').append(id));
        a.add(SdpAttribute.of("msid-semantic", wms.toString()));
        return a;
    }
}
