package dev.parley.peer.dtls;

import java.math.BigInteger;

/**
 * The key generation algorithms {@code RTCPeerConnection.generateCertificate()} accepts, in the
 * WebCrypto terms the W3C spec uses: ECDSA on P-256, or RSASSA-PKCS1-v1_5 with SHA-256.
 */
public sealed interface CertificateKeyAlgorithm {

    /** The WebCrypto algorithm name ({@code "ECDSA"} or {@code "RSASSA-PKCS1-v1_5"}). */
    String name();

    /** The default of both browsers: {@code {name: "ECDSA", namedCurve: "P-256"}}. */
    static CertificateKeyAlgorithm ecdsaP256() {
        return Ecdsa.P256;
    }

    /** {@code {name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: 65537, hash: "SHA-256"}}. */
    static CertificateKeyAlgorithm rsa2048() {
        return rsa(2048, Rsa.F4);
    }

    /**
     * RSASSA-PKCS1-v1_5 with SHA-256.
     *
     * @throws IllegalArgumentException outside what browsers accept (1024 to 8192 bits, exponent
     *     65537), which the W3C API reports as NotSupportedError
     */
    static CertificateKeyAlgorithm rsa(int modulusLength, BigInteger publicExponent) {
        return new Rsa(modulusLength, publicExponent);
    }

    /** ECDSA with SHA-256 on a named curve; only P-256 interoperates with every browser. */
    record Ecdsa(String namedCurve) implements CertificateKeyAlgorithm {
        static final Ecdsa P256 = new Ecdsa("P-256");

        public Ecdsa {
            if (!"P-256".equals(namedCurve)) {
                throw new IllegalArgumentException("unsupported ECDSA curve: " + namedCurve);
            }
        }

        @Override
        public String name() {
            return "ECDSA";
        }
    }

    /** RSASSA-PKCS1-v1_5 with SHA-256. */
    record Rsa(int modulusLength, BigInteger publicExponent) implements CertificateKeyAlgorithm {
        static final BigInteger F4 = BigInteger.valueOf(65537);

        public Rsa {
            if (modulusLength < 1024 || modulusLength > 8192) {
                throw new IllegalArgumentException("unsupported RSA modulusLength: " + modulusLength);
            }
            if (!F4.equals(publicExponent)) {
                throw new IllegalArgumentException("unsupported RSA publicExponent: " + publicExponent);
            }
        }

        @Override
        public String name() {
            return "RSASSA-PKCS1-v1_5";
        }
    }
}
