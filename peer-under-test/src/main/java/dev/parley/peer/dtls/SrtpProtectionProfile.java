package dev.parley.peer.dtls;

/**
 * The DTLS-SRTP protection profiles (RFC 5764 section 4.1.2, RFC 7714 section 14.2) browsers
 * offer in use_srtp, with the key and salt lengths that size the exported keying material.
 * The constant names are the strings RTCTransportStats.srtpCipher shows.
 */
public enum SrtpProtectionProfile {
    /** Chrome's first choice as client and its pick as server. */
    SRTP_AES128_CM_HMAC_SHA1_80(0x0001, 16, 14),
    SRTP_AES128_CM_HMAC_SHA1_32(0x0002, 16, 14),
    /** Firefox's first choice as client and its pick as server. */
    SRTP_AEAD_AES_128_GCM(0x0007, 16, 12),
    SRTP_AEAD_AES_256_GCM(0x0008, 32, 12);

    private final int id;
    private final int keyLength;
    private final int saltLength;

    SrtpProtectionProfile(int id, int keyLength, int saltLength) {
        this.id = id;
        this.keyLength = keyLength;
        this.saltLength = saltLength;
    }

    /** The two-byte value in the use_srtp extension. */
    public int id() {
        return id;
    }

    public int keyLength() {
        return keyLength;
    }

    public int saltLength() {
        return saltLength;
    }

    /** Bytes to export with EXTRACTOR-dtls_srtp: a key and a salt for each direction. */
    public int keyingMaterialLength() {
        return 2 * (keyLength + saltLength);
    }

}
