package dev.parley.peer.stats;

import java.util.Base64;
import java.util.Map;
import java.util.Objects;

import dev.parley.peer.dtls.RTCDtlsFingerprint;

/**
 * webrtc-stats RTCCertificateStats: one certificate of the DTLS handshake, local or remote.
 * {@code issuerCertificateId} is never present: WebRTC certificates are self-signed.
 */
public record RTCCertificateStats(String id, double timestamp, String fingerprint, String fingerprintAlgorithm,
        String base64Certificate) implements RTCStats {

    public RTCCertificateStats {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(fingerprintAlgorithm, "fingerprintAlgorithm");
        Objects.requireNonNull(base64Certificate, "base64Certificate");
    }

    /** The stats of a DER certificate, hashed with sha-256 as browsers do. */
    public static RTCCertificateStats of(byte[] derCertificate, double timestamp) {
        RTCDtlsFingerprint fingerprint = RTCDtlsFingerprint.of(RTCDtlsFingerprint.SHA_256, derCertificate);
        return new RTCCertificateStats(StatsIds.certificate(fingerprint), timestamp, fingerprint.value(),
                fingerprint.algorithm(), Base64.getEncoder().encodeToString(derCertificate));
    }

    @Override
    public String type() {
        return "certificate";
    }

    @Override
    public Map<String, Object> toMap() {
        return new StatsMap(id, type(), timestamp)
                .put("fingerprint", fingerprint)
                .put("fingerprintAlgorithm", fingerprintAlgorithm)
                .put("base64Certificate", base64Certificate)
                .toMap();
    }
}
