package dev.parley.peer.dtls;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * W3C RTCCertificate: a key pair and a self-signed X.509 certificate that identify this peer in
 * the DTLS handshake, advertised in SDP by its fingerprint.
 *
 * <p>Shaped like the browsers' own (see wire samples): subject CN=WebRTC, valid from one day
 * before creation (tolerates peers whose clocks run behind) until {@link #getExpires()}.
 */
public final class RTCCertificate {

    /** Chrome and Firefox both make certificates that live 30 days. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

    private static final Duration BACKDATE = Duration.ofDays(1);
    private static final X500Name SUBJECT = new X500Name("CN=WebRTC");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateKeyAlgorithm keyAlgorithm;
    private final KeyPair keyPair;
    private final byte[] derEncoded;
    private final long expires;
    private final List<RTCDtlsFingerprint> fingerprints;

    private RTCCertificate(CertificateKeyAlgorithm keyAlgorithm, KeyPair keyPair, byte[] derEncoded, long expires) {
        this.keyAlgorithm = keyAlgorithm;
        this.keyPair = keyPair;
        this.derEncoded = derEncoded;
        this.expires = expires;
        this.fingerprints = List.of(RTCDtlsFingerprint.of(RTCDtlsFingerprint.SHA_256, derEncoded));
    }

    /** An ECDSA P-256 certificate valid for 30 days, the browsers' default. */
    public static RTCCertificate generate() {
        return generate(CertificateKeyAlgorithm.ecdsaP256());
    }

    /** A certificate valid for {@link #DEFAULT_LIFETIME}. */
    public static RTCCertificate generate(CertificateKeyAlgorithm algorithm) {
        return generate(algorithm, DEFAULT_LIFETIME);
    }

    /** A certificate that expires {@code lifetime} from now (the W3C {@code expires} member). */
    public static RTCCertificate generate(CertificateKeyAlgorithm algorithm, Duration lifetime) {
        return generate(algorithm, lifetime, Clock.systemUTC());
    }

    /**
     * A certificate that expires {@code lifetime} after {@code clock}'s now.
     *
     * @throws IllegalArgumentException if {@code lifetime} is negative
     */
    public static RTCCertificate generate(CertificateKeyAlgorithm algorithm, Duration lifetime, Clock clock) {
        Objects.requireNonNull(algorithm, "algorithm");
        if (lifetime.isNegative()) {
            throw new IllegalArgumentException("certificate lifetime must not be negative: " + lifetime);
        }
        Instant now = clock.instant();
        Instant notAfter = now.plus(lifetime);
        KeyPair keyPair = generateKeyPair(algorithm);
        byte[] der = selfSign(algorithm, keyPair, now.minus(BACKDATE), notAfter);
        return new RTCCertificate(algorithm, keyPair, der, notAfter.toEpochMilli());
    }

    private static KeyPair generateKeyPair(CertificateKeyAlgorithm algorithm) {
        try {
            if (algorithm instanceof CertificateKeyAlgorithm.Rsa rsa) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(new RSAKeyGenParameterSpec(rsa.modulusLength(), rsa.publicExponent()), RANDOM);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            // EC P-256 and RSA are mandatory in every Java SE runtime.
            throw new IllegalStateException("cannot generate a " + algorithm.name() + " key pair", e);
        }
    }

    private static byte[] selfSign(CertificateKeyAlgorithm algorithm, KeyPair keyPair, Instant notBefore, Instant notAfter) {
        String signatureAlgorithm = algorithm instanceof CertificateKeyAlgorithm.Rsa ? "SHA256withRSA" : "SHA256withECDSA";
        // Positive 63-bit serial: unique enough for self-signed certificates nobody chains.
        BigInteger serial = BigInteger.valueOf(RANDOM.nextLong() & Long.MAX_VALUE);
        try {
            ContentSigner signer = new JcaContentSignerBuilder(signatureAlgorithm).build(keyPair.getPrivate());
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(SUBJECT, serial,
                    Date.from(notBefore), Date.from(notAfter), SUBJECT, keyPair.getPublic()).build(signer);
            return holder.getEncoded();
        } catch (OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot self-sign a " + algorithm.name() + " certificate", e);
        }
    }

    /** The W3C {@code expires}: milliseconds since 1970-01-01T00:00:00Z. */
    public long getExpires() {
        return expires;
    }

    /** The W3C {@code getFingerprints()}: one sha-256 fingerprint, as browsers give. */
    public List<RTCDtlsFingerprint> getFingerprints() {
        return fingerprints;
    }

    public CertificateKeyAlgorithm getKeyAlgorithm() {
        return keyAlgorithm;
    }

    public KeyPair getKeyPair() {
        return keyPair;
    }

    /** The X.509 certificate, DER-encoded (a copy). */
    public byte[] getDerEncoded() {
        return derEncoded.clone();
    }

    /** True once {@link #getExpires()} has passed: the W3C API refuses expired certificates. */
    public boolean isExpired(Clock clock) {
        return clock.millis() >= expires;
    }

    @Override
    public String toString() {
        return "RTCCertificate[" + keyAlgorithm.name() + ", " + fingerprints.get(0).toSdpValue() + "]";
    }
}
