package dev.parley.peer.sdp;

import java.util.List;
import java.util.Objects;

/**
 * A parsed session description (RFC 8866 section 5): the session-level lines in the RFC's order and
 * the media descriptions. {@link SdpParser} and {@link SdpWriter} are inverse of each other on it.
 */
public record Sdp(int version, SdpOrigin origin, String sessionName, String information, String uri,
                  List<String> emails, List<String> phones, SdpConnection connection, List<String> bandwidths,
                  List<SdpTiming> timings, String zone, String key, List<SdpAttribute> attributes,
                  List<SdpMedia> media) implements AttributeHolder {

    public Sdp {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(sessionName, "sessionName");
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        bandwidths = List.copyOf(bandwidths);
        timings = List.copyOf(timings);
        attributes = List.copyOf(attributes);
        media = List.copyOf(media);
    }

    /** The shape JSEP writes (RFC 8829 section 5.2.1): {@code s=-}, {@code t=0 0}, no optional lines. */
    public static Sdp of(SdpOrigin origin, List<SdpAttribute> attributes, List<SdpMedia> media) {
        return new Sdp(0, origin, "-", null, null, List.of(), List.of(), null, List.of(),
                List.of(SdpTiming.UNBOUNDED), null, null, attributes, media);
    }

    /** The mids listed by the first {@code a=group:BUNDLE} line; empty without one. */
    public List<String> bundleMids() {
        for (String group : attributes("group")) {
            String[] parts = group.trim().split("\\s+");
            if (parts.length > 0 && parts[0].equals("BUNDLE")) {
                return List.of(parts).subList(1, parts.length);
            }
        }
        return List.of();
    }

    /**
     * The section whose transport the bundle uses: the BUNDLE tag (first mid of the group, RFC 8843
     * section 4) when it is not rejected, else the first section that is not rejected.
     */
    public java.util.Optional<SdpMedia> transportSection() {
        List<String> bundle = bundleMids();
        if (!bundle.isEmpty()) {
            java.util.Optional<SdpMedia> tag = media.stream()
                    .filter(m -> !m.isRejected() && m.mid().map(bundle.get(0)::equals).orElse(false)).findFirst();
            if (tag.isPresent()) {
                return tag;
            }
        }
        return media.stream().filter(m -> !m.isRejected()).findFirst();
    }

    /** The attribute of a media section, falling back to the session level (fingerprint, ice-ufrag, setup...). */
    public java.util.Optional<String> mediaOrSessionAttribute(SdpMedia m, String name) {
        return m.attribute(name).or(() -> attribute(name));
    }

    @Override
    public String toString() {
        return SdpWriter.write(this);
    }
}
