package dev.parley.peer.dtls;

import java.util.Map;

import org.bouncycastle.tls.CipherSuite;

/**
 * The DTLS 1.2 cipher suites this peer speaks: ECDHE with AEAD first (what Chrome and Firefox
 * pick with a 1.2 peer), CBC last for older peers, and their IANA names for stats.
 */
final class DtlsCipherSuites {

    static final int[] ECDSA = {
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA,
    };

    static final int[] RSA = {
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
        CipherSuite.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
        CipherSuite.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA,
    };

    /** A client cannot know the server's key type in advance, so it offers both. */
    static final int[] CLIENT = {
        ECDSA[0], RSA[0], ECDSA[1], RSA[1], ECDSA[2], RSA[2], ECDSA[3], RSA[3],
    };

    private static final Map<Integer, String> NAMES = Map.of(
            ECDSA[0], "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            ECDSA[1], "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
            ECDSA[2], "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            ECDSA[3], "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
            RSA[0], "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            RSA[1], "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            RSA[2], "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            RSA[3], "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA");

    private DtlsCipherSuites() {
    }

    static String name(int cipherSuite) {
        return NAMES.getOrDefault(cipherSuite, String.format("0x%04X", cipherSuite));
    }
}
