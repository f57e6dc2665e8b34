package dev.parley.peer.stats;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.parley.peer.ice.IceTransportCounters;

/**
 * webrtc-stats RTCTransportStats: the ICE and DTLS state of one (bundled) transport and its
 * datagram counters (STUN excluded). Enum members carry their spec strings.
 *
 * @param iceRole {@code controlling}, {@code controlled} or, before the checks, {@code unknown}
 * @param dtlsRole {@code client}, {@code server} or, before the handshake starts, {@code unknown}
 * @param tlsVersion the negotiated version as hex, {@code FEFD} for DTLS 1.2, once connected
 */
public record RTCTransportStats(
        String id,
        double timestamp,
        IceTransportCounters counters,
        String iceRole,
        Optional<String> iceLocalUsernameFragment,
        String iceState,
        String dtlsState,
        String dtlsRole,
        Optional<String> selectedCandidatePairId,
        String localCertificateId,
        Optional<String> remoteCertificateId,
        Optional<String> tlsVersion,
        Optional<String> dtlsCipher,
        Optional<String> srtpCipher) implements RTCStats {

    public RTCTransportStats {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(counters, "counters");
        Objects.requireNonNull(iceRole, "iceRole");
        Objects.requireNonNull(iceLocalUsernameFragment, "iceLocalUsernameFragment");
        Objects.requireNonNull(iceState, "iceState");
        Objects.requireNonNull(dtlsState, "dtlsState");
        Objects.requireNonNull(dtlsRole, "dtlsRole");
        Objects.requireNonNull(selectedCandidatePairId, "selectedCandidatePairId");
        Objects.requireNonNull(localCertificateId, "localCertificateId");
        Objects.requireNonNull(remoteCertificateId, "remoteCertificateId");
        Objects.requireNonNull(tlsVersion, "tlsVersion");
        Objects.requireNonNull(dtlsCipher, "dtlsCipher");
        Objects.requireNonNull(srtpCipher, "srtpCipher");
    }

    @Override
    public String type() {
        return "transport";
    }

    @Override
    public Map<String, Object> toMap() {
        return new StatsMap(id, type(), timestamp)
                .put("packetsSent", counters.packetsSent())
                .put("packetsReceived", counters.packetsReceived())
                .put("bytesSent", counters.bytesSent())
                .put("bytesReceived", counters.bytesReceived())
                .put("iceRole", iceRole)
                .put("iceLocalUsernameFragment", iceLocalUsernameFragment)
                .put("iceState", iceState)
                .put("dtlsState", dtlsState)
                .put("dtlsRole", dtlsRole)
                .put("selectedCandidatePairId", selectedCandidatePairId)
                .put("localCertificateId", localCertificateId)
                .put("remoteCertificateId", remoteCertificateId)
                .put("tlsVersion", tlsVersion)
                .put("dtlsCipher", dtlsCipher)
                .put("srtpCipher", srtpCipher)
                .put("selectedCandidatePairChanges", counters.selectedCandidatePairChanges())
                .toMap();
    }
}
