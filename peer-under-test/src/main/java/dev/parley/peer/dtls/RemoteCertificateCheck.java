package dev.parley.peer.dtls;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.TlsFatalAlert;

/**
 * Checks the peer's certificate against the fingerprints its SDP announced (RFC 8122 section 5,
 * RFC 8842 section 5): the end-entity certificate must hash to one of them. Self-signed WebRTC
 * certificates have no chain to validate, so the fingerprint is the whole authentication.
 */
final class RemoteCertificateCheck {

    private final List<RTCDtlsFingerprint> expected;
    private final DtlsHandshakeObserver observer;

    RemoteCertificateCheck(List<RTCDtlsFingerprint> expected, DtlsHandshakeObserver observer) {
        this.expected = List.copyOf(expected);
        this.observer = observer;
    }

    /** Records the peer's certificates, then fails the handshake with bad_certificate unless one fingerprint matches. */
    void verify(Certificate presented) throws IOException {
        if (presented == null || presented.isEmpty()) {
            observer.onFingerprintMismatch("the peer sent no certificate");
            throw new TlsFatalAlert(AlertDescription.bad_certificate, "peer sent no certificate");
        }
        List<byte[]> ders = new ArrayList<>(presented.getLength());
        for (int i = 0; i < presented.getLength(); i++) {
            ders.add(presented.getCertificateAt(i).getEncoded());
        }
        byte[] endEntity = ders.get(0);
        for (RTCDtlsFingerprint fingerprint : expected) {
            if (fingerprint.matches(endEntity)) {
                observer.onRemoteCertificates(ders);
                return;
            }
        }
        String actual = RTCDtlsFingerprint.of(RTCDtlsFingerprint.SHA_256, endEntity).toSdpValue();
        observer.onFingerprintMismatch("certificate " + actual + " matches none of " + expected);
        throw new TlsFatalAlert(AlertDescription.bad_certificate, "certificate fingerprint mismatch");
    }
}
