package dev.parley.peer.stats;

import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.ice.IceCandidateInfo;

/**
 * Stats object ids, stable across getStats() calls (webrtc-stats: the same object keeps its id)
 * and shaped like Chrome's: {@code CF<fingerprint>} for certificates, {@code I...} for
 * candidates, {@code CP<local>_<remote>} for pairs. Candidates are told apart by side,
 * transport address and protocol, which ICE makes unique within one transport.
 */
public final class StatsIds {

    private StatsIds() {
    }

    /** The same id RTCPeerConnection gives its own certificate, so the two stats merge. */
    public static String certificate(RTCDtlsFingerprint fingerprint) {
        return "CF" + fingerprint.value();
    }

    public static String localCandidate(String transportId, IceCandidateInfo candidate) {
        return "I" + transportId + "L" + endpoint(candidate);
    }

    public static String remoteCandidate(String transportId, IceCandidateInfo candidate) {
        return "I" + transportId + "R" + endpoint(candidate);
    }

    public static String candidatePair(String transportId, IceCandidateInfo local, IceCandidateInfo remote) {
        return "CP" + localCandidate(transportId, local).substring(1) + "_" + remoteCandidate(transportId, remote).substring(1);
    }

    private static String endpoint(IceCandidateInfo candidate) {
        return candidate.protocol().specName() + "-" + candidate.address() + "-" + candidate.port();
    }
}
