package dev.parley.peer.jsep;

import dev.parley.peer.ice.IceParameters;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import java.util.List;

/**
 * The transport attributes of every local m= section: ICE credentials, certificate fingerprints, and the
 * candidates gathered so far (none until a transport gathers them).
 *
 * @param candidates        candidate-attribute values ({@code candidate:...}) gathered so far
 * @param gatheringComplete whether to add {@code a=end-of-candidates}
 */
public record LocalTransportInfo(IceParameters ice, List<RTCDtlsFingerprint> fingerprints, List<String> candidates,
                                 boolean gatheringComplete) {

    public LocalTransportInfo {
        fingerprints = List.copyOf(fingerprints);
        candidates = List.copyOf(candidates);
    }
}
