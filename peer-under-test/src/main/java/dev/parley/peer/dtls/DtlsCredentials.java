package dev.parley.peer.dtls;

import java.io.IOException;

import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.HashAlgorithm;
import org.bouncycastle.tls.SignatureAlgorithm;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.TlsContext;
import org.bouncycastle.tls.TlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.impl.bc.BcDefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;

/** An {@link RTCCertificate} in the form BouncyCastle's TLS signs handshakes with. */
final class DtlsCredentials {

    private final RTCCertificate certificate;
    private final BcTlsCrypto crypto;
    private final AsymmetricKeyParameter privateKey;
    private final Certificate chain;

    DtlsCredentials(RTCCertificate certificate, BcTlsCrypto crypto) {
        this.certificate = certificate;
        this.crypto = crypto;
        try {
            this.privateKey = PrivateKeyFactory.createKey(certificate.getKeyPair().getPrivate().getEncoded());
            TlsCertificate tlsCertificate = crypto.createCertificate(certificate.getDerEncoded());
            this.chain = new Certificate(new TlsCertificate[] {tlsCertificate});
        } catch (IOException e) {
            throw new IllegalArgumentException("BouncyCastle cannot read " + certificate, e);
        }
    }

    boolean isEcdsa() {
        return certificate.getKeyAlgorithm() instanceof CertificateKeyAlgorithm.Ecdsa;
    }

    /**
     * The signer for ServerKeyExchange or CertificateVerify. ecdsa_secp256r1_sha256 and
     * rsa_pkcs1_sha256 are in every browser's signature_algorithms.
     */
    TlsCredentialedSigner signer(TlsContext context) {
        SignatureAndHashAlgorithm algorithm = new SignatureAndHashAlgorithm(HashAlgorithm.sha256,
                isEcdsa() ? SignatureAlgorithm.ecdsa : SignatureAlgorithm.rsa);
        return new BcDefaultTlsCredentialedSigner(new TlsCryptoParameters(context), crypto, privateKey, chain, algorithm);
    }
}
