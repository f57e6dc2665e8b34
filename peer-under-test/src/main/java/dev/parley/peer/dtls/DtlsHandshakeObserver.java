package dev.parley.peer.dtls;

import java.util.List;

/** What the BouncyCastle peers report back to their {@link RTCDtlsTransport}; called on the handshake thread. */
interface DtlsHandshakeObserver {

    void onRemoteCertificates(List<byte[]> derCertificates);

    void onFingerprintMismatch(String reason);

    /** Inside notifyHandshakeComplete, the only moment BouncyCastle lets keys be exported. */
    void onHandshakeComplete(DtlsSessionInfo session);

    void onAlertReceived(short level, short description);

    void onAlertRaised(short level, short description, String message);
}
