package dev.parley.peer.jsep;

import dev.parley.peer.sdp.RtpCodec;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpExtmap;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The payload types and header extension ids a session has already negotiated. A subsequent offer keeps
 * them (RFC 8829 section 5.2.2), and within a BUNDLE group one number may mean one thing only (RFC 8843
 * section 9.1, RFC 8285 section 6): new sections reuse the negotiated numbers and pick free ones for the
 * rest. Browsers refuse an offer that remaps either.
 */
final class SessionMappings {

    private static final int FIRST_DYNAMIC_PT = 96;
    private static final int LAST_DYNAMIC_PT = 127;
    private static final int LAST_ONE_BYTE_EXTENSION_ID = 14;

    private final Map<Integer, RtpCodec> payloadTypes = new HashMap<>();
    private final Map<String, Integer> extensionIds = new HashMap<>();

    /** The numbers in use in {@code base} (the local description in effect), or none for an initial offer. */
    SessionMappings(Sdp base) {
        if (base == null) {
            return;
        }
        for (SdpMedia m : base.media()) {
            if (m.isRejected() || !m.isRtp()) {
                continue;
            }
            m.codecs().forEach(c -> payloadTypes.putIfAbsent(c.payloadType(), c));
            m.attributes("extmap").stream().map(SdpExtmap::parse).flatMap(Optional::stream)
                    .forEach(e -> extensionIds.putIfAbsent(e.uri(), e.id()));
        }
    }

    /** This peer's codecs for a new section, numbered consistently with the session. */
    List<RtpCodec> codecs(String kind) {
        Map<Integer, Integer> renumbered = new HashMap<>();
        List<RtpCodec> result = new ArrayList<>();
        for (RtpCodec ours : MediaCapabilities.codecs(kind)) {
            if (MediaCapabilities.isRtx(ours)) {
                continue;
            }
            int pt = payloadTypeFor(ours);
            renumbered.put(ours.payloadType(), pt);
            result.add(ours.withPayloadType(pt));
        }
        for (RtpCodec rtx : MediaCapabilities.codecs(kind)) {
            Optional<Integer> apt = rtx.associatedPayloadType();
            if (MediaCapabilities.isRtx(rtx) && apt.isPresent() && renumbered.containsKey(apt.get())) {
                int primary = renumbered.get(apt.get());
                RtpCodec candidate = rtx.withFmtp("apt=" + primary);
                int pt = payloadTypes.entrySet().stream()
                        .filter(e -> MediaCapabilities.isRtx(e.getValue())
                                && ("apt=" + primary).equals(e.getValue().fmtp()))
                        .map(Map.Entry::getKey).findFirst().orElseGet(() -> freePayloadType(rtx.payloadType()));
                payloadTypes.putIfAbsent(pt, candidate.withPayloadType(pt));
                result.add(candidate.withPayloadType(pt));
            }
        }
        return result;
    }

    /** This peer's header extensions for a new section, with the session's ids for known URIs. */
    List<SdpExtmap> extensions(String kind) {
        List<SdpExtmap> result = new ArrayList<>();
        for (SdpExtmap ours : MediaCapabilities.headerExtensions(kind)) {
            Integer id = extensionIds.get(ours.uri());
            if (id == null) {
                id = extensionIds.containsValue(ours.id()) ? freeExtensionId() : ours.id();
                if (id == null) {
                    continue;
                }
                extensionIds.put(ours.uri(), id);
            }
            result.add(new SdpExtmap(id, null, ours.uri(), null));
        }
        return result;
    }

    private int payloadTypeFor(RtpCodec ours) {
        for (Map.Entry<Integer, RtpCodec> e : payloadTypes.entrySet()) {
            if (e.getValue().sameEncoding(ours)) {
                return e.getKey();
            }
        }
        int pt = ours.payloadType() < FIRST_DYNAMIC_PT || !payloadTypes.containsKey(ours.payloadType())
                ? ours.payloadType() : freePayloadType(ours.payloadType());
        payloadTypes.put(pt, ours.withPayloadType(pt));
        return pt;
    }

    private int freePayloadType(int preferred) {
        if (!payloadTypes.containsKey(preferred)) {
            return preferred;
        }
        for (int pt = FIRST_DYNAMIC_PT; pt <= LAST_DYNAMIC_PT; pt++) {
            if (!payloadTypes.containsKey(pt)) {
                return pt;
            }
        }
        // 35..63 is the range browsers use once 96..127 is full.
        for (int pt = 35; pt <= 63; pt++) {
            if (!payloadTypes.containsKey(pt)) {
                return pt;
            }
        }
        return preferred;
    }

    private Integer freeExtensionId() {
        for (int id = 1; id <= LAST_ONE_BYTE_EXTENSION_ID; id++) {
            if (!extensionIds.containsValue(id)) {
                return id;
            }
        }
        return null;
    }
}
