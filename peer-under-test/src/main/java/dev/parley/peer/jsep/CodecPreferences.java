package dev.parley.peer.jsep;

import dev.parley.peer.sdp.RtpCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A transceiver's codec preferences applied to the codecs of a section (RFC 8829 sections 5.2.1 and 5.3.1):
 * media formats in the preferred order and none that is not preferred; RTX only when preferred, and only
 * for kept codecs.
 */
public final class CodecPreferences {

    private CodecPreferences() {
    }

    /**
     * @param preferences codecs compared by name, clock rate and channels; empty means no preference
     */
    public static List<RtpCodec> apply(List<RtpCodec> codecs, List<RtpCodec> preferences) {
        if (preferences.isEmpty()) {
            return codecs;
        }
        List<RtpCodec> result = new ArrayList<>();
        for (RtpCodec preferred : preferences) {
            for (RtpCodec c : codecs) {
                if (!MediaCapabilities.isRtx(c) && c.sameEncoding(preferred) && !result.contains(c)) {
                    result.add(c);
                }
            }
        }
        if (preferences.stream().anyMatch(MediaCapabilities::isRtx)) {
            Set<Integer> kept = result.stream().map(RtpCodec::payloadType).collect(Collectors.toSet());
            codecs.stream().filter(MediaCapabilities::isRtx)
                    .filter(c -> c.associatedPayloadType().map(kept::contains).orElse(false))
                    .forEach(result::add);
        }
        return result;
    }
}
