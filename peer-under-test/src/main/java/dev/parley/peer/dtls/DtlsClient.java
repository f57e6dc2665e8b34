package dev.parley.peer.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Vector;

import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The DTLS 1.2 client side ({@code a=setup:active}) as BouncyCastle's TlsClient: DTLS 1.2 only,
 * extended master secret required, our certificate sent when asked, the server's checked against
 * the SDP fingerprint, use_srtp offered.
 */
final class DtlsClient extends DefaultTlsClient {

    private final DtlsCredentials credentials;
    private final RemoteCertificateCheck remoteCheck;
    private final UseSrtpNegotiation srtp;
    private final DtlsSettings settings;
    private final DtlsHandshakeObserver observer;

    DtlsClient(BcTlsCrypto crypto, DtlsCredentials credentials, RemoteCertificateCheck remoteCheck,
            DtlsSettings settings, DtlsHandshakeObserver observer) {
        super(crypto);
        this.credentials = credentials;
        this.remoteCheck = remoteCheck;
        this.srtp = new UseSrtpNegotiation(settings.srtpProfiles());
        this.settings = settings;
        this.observer = observer;
    }

    @Override
    protected ProtocolVersion[] getSupportedVersions() {
        return ProtocolVersion.DTLSv12.only();
    }

    @Override
    protected int[] getSupportedCipherSuites() {
        return DtlsCipherSuites.CLIENT;
    }

    /** P-256 first: a BouncyCastle server takes the client's first group in DTLS 1.2. */
    @Override
    @SuppressWarnings("rawtypes")
    protected Vector getSupportedGroups(Vector namedGroupRoles) {
        Vector<Integer> groups = new Vector<>();
        groups.add(NamedGroup.secp256r1);
        groups.add(NamedGroup.x25519);
        return groups;
    }

    @Override
    public boolean requiresExtendedMasterSecret() {
        return true;
    }

    @Override
    public int getHandshakeTimeoutMillis() {
        return Math.toIntExact(settings.handshakeTimeout().toMillis());
    }

    @Override
    public int getHandshakeResendTimeMillis() {
        return Math.toIntExact(settings.initialRetransmitTimeout().toMillis());
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getClientExtensions() throws IOException {
        Hashtable extensions = super.getClientExtensions();
        srtp.offer(extensions);
        return extensions;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processServerExtensions(Hashtable serverExtensions) throws IOException {
        super.processServerExtensions(serverExtensions);
        srtp.acceptServerChoice(serverExtensions);
    }

    @Override
    public TlsAuthentication getAuthentication() {
        return new TlsAuthentication() {
            @Override
            public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
                remoteCheck.verify(serverCertificate.getCertificate());
            }

            @Override
            public TlsCredentials getClientCredentials(CertificateRequest certificateRequest) {
                return credentials.signer(context);
            }
        };
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        observer.onHandshakeComplete(srtp.sessionInfo(context, RTCDtlsRole.CLIENT));
    }

    @Override
    public void notifyAlertRaised(short alertLevel, short alertDescription, String message, Throwable cause) {
        observer.onAlertRaised(alertLevel, alertDescription, message);
    }

    @Override
    public void notifyAlertReceived(short alertLevel, short alertDescription) {
        observer.onAlertReceived(alertLevel, alertDescription);
    }
}
