package dev.parley.peer.api;

import dev.parley.peer.dtls.CertificateKeyAlgorithm;
import dev.parley.peer.dtls.RTCCertificate;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** RTCPeerConnection.generateCertificate() (webrtc-pc section 4.10.1) over {@link RTCCertificate}. */
final class Certificates {

    private Certificates() {
    }

    /** Key generation runs off the caller's thread; a negative expires is a TypeError. */
    static CompletableFuture<RTCCertificate> generate(CertificateKeyAlgorithm algorithm, Long expires) {
        if (expires != null && expires < 0) {
            return CompletableFuture.failedFuture(new TypeError("expires must not be negative: " + expires));
        }
        Duration lifetime = expires == null ? RTCCertificate.DEFAULT_LIFETIME : Duration.ofMillis(expires);
        return CompletableFuture.supplyAsync(() -> RTCCertificate.generate(algorithm, lifetime));
    }

    /** "ECDSA" (P-256) or "RSASSA-PKCS1-v1_5" (2048 bits); any other name is a NotSupportedError. */
    static CompletableFuture<RTCCertificate> generate(String algorithmName) {
        CertificateKeyAlgorithm algorithm = switch (algorithmName == null ? "" : algorithmName) {
            case "ECDSA" -> CertificateKeyAlgorithm.ecdsaP256();
            case "RSASSA-PKCS1-v1_5" -> CertificateKeyAlgorithm.rsa2048();
            default -> null;
        };
        if (algorithm == null) {
            return CompletableFuture.failedFuture(
                    DOMException.notSupported("unsupported key algorithm '" + algorithmName + "'"));
        }
        return generate(algorithm, null);
    }
}
