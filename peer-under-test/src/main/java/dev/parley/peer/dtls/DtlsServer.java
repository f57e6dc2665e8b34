package dev.parley.peer.dtls;

import java.io.IOException;
import java.util.Hashtable;
import java.util.Vector;

import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsServer;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/**
 * The DTLS 1.2 server side ({@code a=setup:passive}) as BouncyCastle's TlsServer, configured the
 * way browsers need it (see ENVIRONMENT.md): DTLS 1.2 only, extended master secret required,
 * a client certificate requested and checked against the SDP fingerprint, use_srtp chosen here.
 */
final class DtlsServer extends DefaultTlsServer {

    private final DtlsCredentials credentials;
    private final RemoteCertificateCheck remoteCheck;
    private final UseSrtpNegotiation srtp;
    private final DtlsSettings settings;
    private final DtlsHandshakeObserver observer;

    DtlsServer(BcTlsCrypto crypto, DtlsCredentials credentials, RemoteCertificateCheck remoteCheck,
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
        return credentials.isEcdsa() ? DtlsCipherSuites.ECDSA : DtlsCipherSuites.RSA;
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

    /**
     * In DTLS 1.2 BouncyCastle takes the client's first group, and browsers list the hybrid
     * X25519MLKEM768 first, which 1.2 cannot use: pick P-256 (every browser has it), else x25519.
     */
    @Override
    protected int selectECDH(int minimumCurveBits) {
        int[] offered = context.getSecurityParametersHandshake().getClientSupportedGroups();
        if (offered != null) {
            for (int preferred : new int[] {NamedGroup.secp256r1, NamedGroup.x25519}) {
                for (int group : offered) {
                    if (group == preferred) {
                        return group;
                    }
                }
            }
        }
        return super.selectECDH(minimumCurveBits);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void processClientExtensions(Hashtable clientExtensions) throws IOException {
        super.processClientExtensions(clientExtensions);
        srtp.chooseFromClientOffer(clientExtensions);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Hashtable getServerExtensions() throws IOException {
        Hashtable extensions = super.getServerExtensions();
        srtp.answer(extensions);
        return extensions;
    }

    /** WebRTC authenticates both ends by fingerprint, so the client must present its certificate. */
    @Override
    public CertificateRequest getCertificateRequest() {
        short[] types = {ClientCertificateType.ecdsa_sign, ClientCertificateType.rsa_sign};
        Vector<?> signatureAlgorithms = TlsUtils.getDefaultSupportedSignatureAlgorithms(context);
        return new CertificateRequest(types, signatureAlgorithms, null);
    }

    @Override
    public void notifyClientCertificate(Certificate clientCertificate) throws IOException {
        remoteCheck.verify(clientCertificate);
    }

    @Override
    protected TlsCredentialedSigner getECDSASignerCredentials() {
        return credentials.signer(context);
    }

    @Override
    protected TlsCredentialedSigner getRSASignerCredentials() {
        return credentials.signer(context);
    }

    @Override
    public void notifyHandshakeComplete() throws IOException {
        super.notifyHandshakeComplete();
        observer.onHandshakeComplete(srtp.sessionInfo(context, RTCDtlsRole.SERVER));
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
