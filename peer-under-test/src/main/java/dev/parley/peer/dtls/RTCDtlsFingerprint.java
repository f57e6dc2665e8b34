package dev.parley.peer.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * W3C RTCDtlsFingerprint: a hash function name from the IANA "Hash Function Textual Names"
 * registry (lower case, as in SDP {@code a=fingerprint}) and the certificate's hash as upper-case
 * hex bytes separated by colons, exactly as browsers write it (RFC 8122 section 5).
 */
public record RTCDtlsFingerprint(String algorithm, String value) {

    /** The hash every browser puts in its SDP. */
    public static final String SHA_256 = "sha-256";

    /** SDP names (RFC 8122) to JCA digest names; sha-1 still appears in older peers' SDP. */
    private static final Map<String, String> JCA_DIGESTS = Map.of(
            "sha-1", "SHA-1",
            "sha-224", "SHA-224",
            "sha-256", "SHA-256",
            "sha-384", "SHA-384",
            "sha-512", "SHA-512");

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase();

    public RTCDtlsFingerprint {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(value, "value");
    }

    /**
     * Hashes a DER certificate with the named function.
     *
     * @throws IllegalArgumentException if {@code algorithm} is not a hash SDP fingerprints use
     */
    public static RTCDtlsFingerprint of(String algorithm, byte[] derCertificate) {
        String name = algorithm.toLowerCase(Locale.ROOT);
        String jcaName = JCA_DIGESTS.get(name);
        if (jcaName == null) {
            throw new IllegalArgumentException("unsupported fingerprint hash function: " + algorithm);
        }
        try {
            byte[] digest = MessageDigest.getInstance(jcaName).digest(derCertificate);
            return new RTCDtlsFingerprint(name, COLON_HEX.formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE runtime must provide these digests.
            throw new IllegalStateException("JCA lacks " + jcaName, e);
        }
    }

    /** True if {@code algorithm} names a hash function this peer can verify a fingerprint with. */
    public static boolean isSupportedAlgorithm(String algorithm) {
        return JCA_DIGESTS.containsKey(algorithm.toLowerCase(Locale.ROOT));
    }

    /**
     * True if {@code derCertificate} hashes to this fingerprint. Hash names and hex digits compare
     * case-insensitively: RFC 8122 makes both case-insensitive, and peers differ.
     */
    public boolean matches(byte[] derCertificate) {
        if (!isSupportedAlgorithm(algorithm)) {
            return false;
        }
        return of(algorithm, derCertificate).value.equalsIgnoreCase(value.trim());
    }

    /** The SDP attribute value: {@code sha-256 AB:CD:...}. */
    public String toSdpValue() {
        return algorithm + " " + value;
    }
}
