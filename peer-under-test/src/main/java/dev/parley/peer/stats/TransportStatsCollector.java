package dev.parley.peer.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.parley.peer.dtls.DtlsSessionInfo;
import dev.parley.peer.dtls.RTCDtlsRole;
import dev.parley.peer.dtls.RTCDtlsTransport;
import dev.parley.peer.ice.IceCandidateInfo;
import dev.parley.peer.ice.IceCandidatePairSnapshot;
import dev.parley.peer.ice.IceParameters;
import dev.parley.peer.ice.RTCIceRole;
import dev.parley.peer.ice.RTCIceTransport;

/**
 * Builds the stats of one ICE + DTLS transport for RTCPeerConnection.getStats(): its
 * RTCTransportStats, an RTCIceCandidatePairStats per pair of the check list, an
 * RTCIceCandidateStats per local and remote candidate, and the RTCCertificateStats of both
 * certificates. Ids are stable across calls (see {@link StatsIds}); the local certificate's id
 * is the one RTCPeerConnection uses for its own certificate stats.
 */
public final class TransportStatsCollector {

    private TransportStatsCollector() {
    }

    /**
     * The stats as the maps an RTCStatsReport holds, the transport first.
     *
     * @param transportId the RTCTransportStats id, e.g. {@code T01}; candidate and pair ids embed it
     * @param nowMillis the report's timestamp, milliseconds since 1970-01-01T00:00:00Z
     */
    public static List<Map<String, Object>> collect(String transportId, RTCIceTransport ice, RTCDtlsTransport dtls,
            long nowMillis) {
        return stats(transportId, ice, dtls, nowMillis).stream().map(RTCStats::toMap).toList();
    }

    /** The same, as typed stats objects. */
    public static List<RTCStats> stats(String transportId, RTCIceTransport ice, RTCDtlsTransport dtls, long nowMillis) {
        double timestamp = nowMillis;
        RTCCertificateStats localCertificate = RTCCertificateStats.of(dtls.getLocalCertificate().getDerEncoded(), timestamp);
        List<RTCCertificateStats> remoteCertificates = dtls.getRemoteCertificates().stream()
                .map(der -> RTCCertificateStats.of(der, timestamp)).toList();
        List<IceCandidatePairSnapshot> pairs = ice.getCandidatePairs();

        List<RTCStats> out = new ArrayList<>();
        out.add(transport(transportId, ice, dtls, timestamp, localCertificate, remoteCertificates));
        pairs.forEach(pair -> out.add(RTCIceCandidatePairStats.of(transportId, pair, timestamp)));
        out.addAll(candidates(transportId, ice, pairs, timestamp));
        out.add(localCertificate);
        out.addAll(remoteCertificates);
        return out;
    }

    private static RTCTransportStats transport(String transportId, RTCIceTransport ice, RTCDtlsTransport dtls, double timestamp,
            RTCCertificateStats localCertificate, List<RTCCertificateStats> remoteCertificates) {
        Optional<DtlsSessionInfo> session = dtls.getSessionInfo();
        return new RTCTransportStats(transportId, timestamp, ice.getCounters(),
                ice.getRole().map(RTCIceRole::specName).orElse("unknown"),
                ice.getLocalParameters().map(IceParameters::usernameFragment),
                ice.getState().specName(),
                dtls.getState().specName(),
                dtls.getRole().map(RTCDtlsRole::specName).orElse("unknown"),
                ice.getSelectedCandidatePair().map(pair -> StatsIds.candidatePair(transportId, pair.local(), pair.remote())),
                localCertificate.id(),
                remoteCertificates.stream().findFirst().map(RTCCertificateStats::id),
                session.map(DtlsSessionInfo::tlsVersion),
                session.map(DtlsSessionInfo::dtlsCipher),
                session.flatMap(DtlsSessionInfo::srtp).map(srtp -> srtp.profile().name()));
    }

    /** Every candidate a pair uses, then every other gathered or signalled one, each once. */
    private static List<RTCIceCandidateStats> candidates(String transportId, RTCIceTransport ice,
            List<IceCandidatePairSnapshot> pairs, double timestamp) {
        Map<String, RTCIceCandidateStats> byId = new LinkedHashMap<>();
        List<IceCandidateInfo> locals = new ArrayList<>();
        List<IceCandidateInfo> remotes = new ArrayList<>();
        for (IceCandidatePairSnapshot pair : pairs) {
            locals.add(pair.local());
            remotes.add(pair.remote());
        }
        ice.getSelectedCandidatePair().ifPresent(pair -> {
            locals.add(pair.local());
            remotes.add(pair.remote());
        });
        locals.addAll(ice.getLocalCandidates());
        remotes.addAll(ice.getRemoteCandidates());
        for (IceCandidateInfo local : locals) {
            byId.putIfAbsent(StatsIds.localCandidate(transportId, local),
                    RTCIceCandidateStats.local(transportId, local, ice.getServerUrl(local), timestamp));
        }
        for (IceCandidateInfo remote : remotes) {
            byId.putIfAbsent(StatsIds.remoteCandidate(transportId, remote), RTCIceCandidateStats.remote(transportId, remote, timestamp));
        }
        return List.copyOf(byId.values());
    }
}
