package dev.parley.peer.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One media description: the {@code m=} line and the lines under it (RFC 8866 section 5.14).
 *
 * @param portCount the {@code /n} after the port, or null when absent
 */
public record SdpMedia(String media, int port, Integer portCount, String proto, List<String> formats,
                       String information, List<SdpConnection> connections, List<String> bandwidths,
                       String key, List<SdpAttribute> attributes) implements AttributeHolder {

    /** The JSEP value for a section that is bundled or not yet gathered (RFC 8829 section 5.2.1). */
    public static final int DISCARD_PORT = 9;

    public SdpMedia {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(proto, "proto");
        formats = List.copyOf(formats);
        connections = List.copyOf(connections);
        bandwidths = List.copyOf(bandwidths);
        attributes = List.copyOf(attributes);
    }

    /** A section with one optional connection line and no i=, b= or k= lines: what WebRTC peers write. */
    public static SdpMedia of(String media, int port, String proto, List<String> formats,
                              SdpConnection connection, List<SdpAttribute> attributes) {
        return new SdpMedia(media, port, null, proto, formats, null,
                connection == null ? List.of() : List.of(connection), List.of(), null, attributes);
    }

    public Optional<String> mid() {
        return attribute("mid");
    }

    /** True for {@code m=} lines carrying RTP: audio and video. */
    public boolean isRtp() {
        return proto.contains("RTP");
    }

    /** True for the data channel section (RFC 8841). */
    public boolean isDataChannel() {
        return "application".equals(media) && proto.endsWith("SCTP");
    }

    /** A rejected section: port zero without bundle-only (RFC 8829 section 5.2.2, RFC 8843 section 7.3.3). */
    public boolean isRejected() {
        return port == 0 && !hasAttribute("bundle-only");
    }

    /** The first of the four direction attributes, if any (RFC 8866 section 6.7). */
    public Optional<String> direction() {
        for (SdpAttribute a : attributes) {
            switch (a.name()) {
                case "sendrecv", "sendonly", "recvonly", "inactive" -> {
                    return Optional.of(a.name());
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** The codecs of this section in m-line order, built from rtpmap, fmtp and rtcp-fb lines. */
    public List<RtpCodec> codecs() {
        List<RtpCodec> codecs = new ArrayList<>();
        for (String format : formats) {
            RtpCodec.fromMedia(this, format).ifPresent(codecs::add);
        }
        return codecs;
    }

    /** The same section with other attributes. */
    public SdpMedia withAttributes(List<SdpAttribute> newAttributes) {
        return new SdpMedia(media, port, portCount, proto, formats, information, connections, bandwidths, key,
                newAttributes);
    }
}
