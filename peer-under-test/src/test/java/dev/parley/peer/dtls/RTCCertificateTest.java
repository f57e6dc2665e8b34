package dev.parley.peer.dtls;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNotEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.testng.annotations.Test;

public class RTCCertificateTest {

    private static final String BROWSER_FINGERPRINT_FORMAT = "([0-9A-F]{2}:){31}[0-9A-F]{2}";
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    public void generateDefaultsToEcdsaP256ValidFor30Days() throws Exception {
        RTCCertificate certificate = RTCCertificate.generate(CertificateKeyAlgorithm.ecdsaP256(), RTCCertificate.DEFAULT_LIFETIME, FIXED);

        X509Certificate x509 = parse(certificate.getDerEncoded());
        assertTrue(x509.getPublicKey() instanceof ECPublicKey);
        assertEquals(x509.getSigAlgName(), "SHA256withECDSA");
        assertEquals(x509.getSubjectX500Principal().getName(), "CN=WebRTC");
        x509.verify(certificate.getKeyPair().getPublic());
        assertEquals(certificate.getExpires(), NOW.plus(Duration.ofDays(30)).toEpochMilli());
        assertEquals(x509.getNotAfter().toInstant(), NOW.plus(Duration.ofDays(30)));
        assertTrue(x509.getNotBefore().toInstant().isBefore(NOW));
    }

    @Test
    public void generateRsa2048WithPublicExponent65537() throws Exception {
        RTCCertificate certificate = RTCCertificate.generate(CertificateKeyAlgorithm.rsa2048());

        X509Certificate x509 = parse(certificate.getDerEncoded());
        RSAPublicKey key = (RSAPublicKey) x509.getPublicKey();
        assertEquals(key.getModulus().bitLength(), 2048);
        assertEquals(key.getPublicExponent(), BigInteger.valueOf(65537));
        assertEquals(x509.getSigAlgName(), "SHA256withRSA");
        x509.verify(key);
        assertEquals(certificate.getKeyAlgorithm().name(), "RSASSA-PKCS1-v1_5");
    }

    @Test
    public void getFingerprintsGivesOneSha256InBrowserFormat() {
        RTCCertificate certificate = RTCCertificate.generate();

        assertEquals(certificate.getFingerprints().size(), 1);
        RTCDtlsFingerprint fingerprint = certificate.getFingerprints().get(0);
        assertEquals(fingerprint.algorithm(), "sha-256");
        assertTrue(fingerprint.value().matches(BROWSER_FINGERPRINT_FORMAT), fingerprint.value());
        assertTrue(fingerprint.matches(certificate.getDerEncoded()));
    }

    @Test
    public void requestedLifetimeSetsExpires() {
        RTCCertificate certificate = RTCCertificate.generate(CertificateKeyAlgorithm.ecdsaP256(), Duration.ofHours(1), FIXED);

        assertEquals(certificate.getExpires(), NOW.plusSeconds(3600).toEpochMilli());
        assertFalse(certificate.isExpired(FIXED));
        assertTrue(certificate.isExpired(Clock.offset(FIXED, Duration.ofHours(1))));
    }

    @Test
    public void eachCertificateHasItsOwnKeyAndFingerprint() {
        RTCCertificate first = RTCCertificate.generate();
        RTCCertificate second = RTCCertificate.generate();

        assertNotEquals(first.getFingerprints(), second.getFingerprints());
        assertFalse(first.getFingerprints().get(0).matches(second.getDerEncoded()));
    }

    @Test
    public void unsupportedAlgorithmsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CertificateKeyAlgorithm.rsa(2048, BigInteger.valueOf(3)));
        assertThrows(IllegalArgumentException.class, () -> CertificateKeyAlgorithm.rsa(512, BigInteger.valueOf(65537)));
        assertThrows(IllegalArgumentException.class, () -> new CertificateKeyAlgorithm.Ecdsa("P-384"));
        assertThrows(IllegalArgumentException.class,
                () -> RTCCertificate.generate(CertificateKeyAlgorithm.ecdsaP256(), Duration.ofDays(-1)));
    }

    private static X509Certificate parse(byte[] der) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }
}
