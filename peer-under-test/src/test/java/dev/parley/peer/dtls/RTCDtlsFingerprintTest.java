package dev.parley.peer.dtls;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;

import org.testng.annotations.Test;

public class RTCDtlsFingerprintTest {

    /** Chromium 156's certificate (getStats base64Certificate) and its offer's a=fingerprint, wire sample s4. */
    @Test
    public void fingerprintOfBrowserCertificateMatchesItsSdp() throws IOException {
        byte[] der = Base64.getDecoder().decode(resource("chromium-certificate.b64").trim());
        String sdpFingerprint = resource("chromium-certificate.sha256").trim();

        RTCDtlsFingerprint computed = RTCDtlsFingerprint.of("sha-256", der);

        assertEquals(computed.toSdpValue(), sdpFingerprint);
        assertTrue(new RTCDtlsFingerprint("SHA-256", sdpFingerprint.substring(8).toLowerCase()).matches(der),
                "hash name and hex digits compare case-insensitively");
    }

    @Test
    public void otherCertificateDoesNotMatch() {
        RTCDtlsFingerprint fingerprint = RTCCertificate.generate().getFingerprints().get(0);

        assertFalse(fingerprint.matches(RTCCertificate.generate().getDerEncoded()));
    }

    @Test
    public void unknownHashFunctionNeverMatches() {
        byte[] der = RTCCertificate.generate().getDerEncoded();

        assertFalse(new RTCDtlsFingerprint("md5", "00:11").matches(der));
        assertThrows(IllegalArgumentException.class, () -> RTCDtlsFingerprint.of("md5", der));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = RTCDtlsFingerprintTest.class.getResourceAsStream("/dtls/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /dtls/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }
}
