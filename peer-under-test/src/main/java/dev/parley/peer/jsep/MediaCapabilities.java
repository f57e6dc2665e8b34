package dev.parley.peer.jsep;

import dev.parley.peer.sdp.RtpCodec;
import dev.parley.peer.sdp.SdpExtmap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The codecs and RTP header extensions this peer offers and accepts, with Chrome's payload types and
 * extension ids so its SDP reads like Chrome's, and the intersection an answer makes of an offer.
 */
public final class MediaCapabilities {

    private static final List<String> VIDEO_FEEDBACK = List.of("goog-remb", "transport-cc", "ccm fir", "nack",
            "nack pli");

    private static final List<RtpCodec> AUDIO = List.of(
            new RtpCodec(111, "opus", 48000, 2, "minptime=10;useinbandfec=1", List.of("transport-cc")),
            new RtpCodec(0, "PCMU", 8000, 1, null, List.of()),
            new RtpCodec(8, "PCMA", 8000, 1, null, List.of()),
            new RtpCodec(110, "telephone-event", 48000, 1, null, List.of()),
            new RtpCodec(126, "telephone-event", 8000, 1, null, List.of()));

    private static final List<RtpCodec> VIDEO = List.of(
            new RtpCodec(96, "VP8", 90000, 1, null, VIDEO_FEEDBACK),
            new RtpCodec(97, "rtx", 90000, 1, "apt=96", List.of()));

    private static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    private static final String ABS_SEND_TIME = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";
    private static final String TRANSPORT_CC =
            "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";
    private static final String SDES_MID = "urn:ietf:params:rtp-hdrext:sdes:mid";

    private static final List<SdpExtmap> AUDIO_EXTENSIONS = List.of(
            new SdpExtmap(1, null, AUDIO_LEVEL, null),
            new SdpExtmap(2, null, ABS_SEND_TIME, null),
            new SdpExtmap(3, null, TRANSPORT_CC, null),
            new SdpExtmap(4, null, SDES_MID, null));

    private static final List<SdpExtmap> VIDEO_EXTENSIONS = List.of(
            new SdpExtmap(2, null, ABS_SEND_TIME, null),
            new SdpExtmap(3, null, TRANSPORT_CC, null),
            new SdpExtmap(4, null, SDES_MID, null));

    private MediaCapabilities() {
    }

    public static List<RtpCodec> codecs(String kind) {
        return kind.equals("audio") ? AUDIO : kind.equals("video") ? VIDEO : List.of();
    }

    public static List<SdpExtmap> headerExtensions(String kind) {
        return kind.equals("audio") ? AUDIO_EXTENSIONS : kind.equals("video") ? VIDEO_EXTENSIONS : List.of();
    }

    /**
     * The answer's codecs (RFC 8829 section 5.3.1, RFC 3264 section 6.1): the offered codecs this peer
     * supports, with the offer's payload types and order, feedback both sides name, and the RTX codecs
     * whose apt points at a kept codec. Empty when nothing but RTX matches: the section is rejected.
     */
    public static List<RtpCodec> negotiate(String kind, List<RtpCodec> offered) {
        List<RtpCodec> kept = new ArrayList<>();
        Set<Integer> keptTypes = new HashSet<>();
        for (RtpCodec codec : offered) {
            if (isRtx(codec)) {
                continue;
            }
            for (RtpCodec ours : codecs(kind)) {
                if (!isRtx(ours) && ours.sameEncoding(codec)) {
                    List<String> feedback = codec.rtcpFeedback().stream()
                            .filter(ours.rtcpFeedback()::contains).toList();
                    String fmtp = ours.fmtp() != null ? ours.fmtp() : codec.fmtp();
                    kept.add(codec.withFmtp(fmtp).withRtcpFeedback(feedback));
                    keptTypes.add(codec.payloadType());
                    break;
                }
            }
        }
        if (kept.stream().noneMatch(c -> !isDtmf(c))) {
            return List.of();
        }
        boolean weDoRtx = codecs(kind).stream().anyMatch(MediaCapabilities::isRtx);
        List<RtpCodec> result = new ArrayList<>();
        for (RtpCodec codec : offered) {
            if (keptTypes.contains(codec.payloadType())) {
                result.add(kept.stream().filter(c -> c.payloadType() == codec.payloadType()).findFirst()
                        .orElseThrow());
            } else if (weDoRtx && isRtx(codec) && codec.associatedPayloadType().map(keptTypes::contains)
                    .orElse(false)) {
                result.add(codec.withRtcpFeedback(List.of()));
            }
        }
        return result;
    }

    /** The offered extensions this peer knows, with the offer's ids (RFC 8285 section 6). */
    public static List<SdpExtmap> negotiateExtensions(String kind, List<SdpExtmap> offered) {
        Set<String> ours = new HashSet<>();
        headerExtensions(kind).forEach(e -> ours.add(e.uri()));
        List<SdpExtmap> result = new ArrayList<>();
        for (SdpExtmap e : offered) {
            if (ours.contains(e.uri()) && (e.direction() == null || e.direction().equals("sendrecv"))) {
                result.add(new SdpExtmap(e.id(), null, e.uri(), null));
            }
        }
        return result;
    }

    static boolean isRtx(RtpCodec c) {
        return c.name().toLowerCase(Locale.ROOT).equals("rtx");
    }

    static boolean isDtmf(RtpCodec c) {
        return c.name().toLowerCase(Locale.ROOT).equals("telephone-event");
    }
}
