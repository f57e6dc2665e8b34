package dev.parley.peer.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An RTP payload format of a media section: {@code a=rtpmap} (RFC 8866 section 6.6), its {@code a=fmtp}
 * parameters and {@code a=rtcp-fb} lines (RFC 4585 section 4.2).
 *
 * @param channels audio channels, 1 when the rtpmap leaves them out
 * @param fmtp     the format parameters verbatim, or null
 */
public record RtpCodec(int payloadType, String name, int clockRate, int channels, String fmtp,
                       List<String> rtcpFeedback) {

    /** Static payload types (RFC 3551 table 4) that peers may use without an rtpmap line. */
    private static final Map<Integer, RtpCodec> STATIC = Map.of(
            0, new RtpCodec(0, "PCMU", 8000, 1, null, List.of()),
            8, new RtpCodec(8, "PCMA", 8000, 1, null, List.of()),
            9, new RtpCodec(9, "G722", 8000, 1, null, List.of()),
            13, new RtpCodec(13, "CN", 8000, 1, null, List.of()));

    public RtpCodec {
        rtcpFeedback = List.copyOf(rtcpFeedback);
    }

    /** The codec for one format of the section, if the format is a payload type with a known encoding. */
    static Optional<RtpCodec> fromMedia(SdpMedia media, String format) {
        int pt;
        try {
            pt = Integer.parseInt(format);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        RtpCodec base = null;
        for (String rtpmap : media.attributes("rtpmap")) {
            Optional<RtpCodec> parsed = parseRtpmap(rtpmap);
            if (parsed.isPresent() && parsed.get().payloadType == pt) {
                base = parsed.get();
                break;
            }
        }
        if (base == null) {
            base = STATIC.get(pt);
        }
        if (base == null) {
            return Optional.empty();
        }
        String prefix = pt + " ";
        String fmtp = media.attributes("fmtp").stream()
                .filter(v -> v.startsWith(prefix)).map(v -> v.substring(prefix.length()).trim())
                .findFirst().orElse(null);
        List<String> fb = new ArrayList<>();
        for (String v : media.attributes("rtcp-fb")) {
            if (v.startsWith(prefix) || v.startsWith("* ")) {
                fb.add(v.substring(v.indexOf(' ') + 1).trim());
            }
        }
        return Optional.of(new RtpCodec(pt, base.name, base.clockRate, base.channels, fmtp, fb));
    }

    /** Parses {@code <payload type> <encoding name>/<clock rate>[/<channels>]}. */
    static Optional<RtpCodec> parseRtpmap(String value) {
        String[] parts = value.trim().split("\\s+", 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        String[] enc = parts[1].split("/");
        try {
            int pt = Integer.parseInt(parts[0]);
            int rate = Integer.parseInt(enc[1]);
            int channels = enc.length > 2 ? Integer.parseInt(enc[2]) : 1;
            return Optional.of(new RtpCodec(pt, enc[0], rate, channels, null, List.of()));
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Encoding names compare case-insensitively (RFC 4855 section 3). */
    public boolean sameEncoding(RtpCodec other) {
        return name.equalsIgnoreCase(other.name) && clockRate == other.clockRate && channels == other.channels;
    }

    /** The rtpmap value: {@code 111 opus/48000/2}; channels only when not 1, as Chrome writes it. */
    public String rtpmapValue() {
        return payloadType + " " + name + "/" + clockRate + (channels != 1 ? "/" + channels : "");
    }

    /** The apt parameter of an RTX codec (RFC 4588 section 8.6), if any. */
    public Optional<Integer> associatedPayloadType() {
        if (fmtp == null || !name.toLowerCase(Locale.ROOT).equals("rtx")) {
            return Optional.empty();
        }
        for (String param : fmtp.split(";")) {
            String[] kv = param.trim().split("=", 2);
            if (kv.length == 2 && kv[0].equals("apt")) {
                try {
                    return Optional.of(Integer.parseInt(kv[1].trim()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    public RtpCodec withPayloadType(int newPayloadType) {
        return new RtpCodec(newPayloadType, name, clockRate, channels, fmtp, rtcpFeedback);
    }

    public RtpCodec withFmtp(String newFmtp) {
        return new RtpCodec(payloadType, name, clockRate, channels, newFmtp, rtcpFeedback);
    }

    public RtpCodec withRtcpFeedback(List<String> feedback) {
        return new RtpCodec(payloadType, name, clockRate, channels, fmtp, feedback);
    }
}
