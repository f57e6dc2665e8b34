package dev.parley.peer.dtls;

import java.util.Arrays;
import java.util.Objects;

/**
 * The SRTP master keys and salts exported from a DTLS handshake (RFC 5764 section 4.2), laid out
 * as {@code client_write_key | server_write_key | client_write_salt | server_write_salt}.
 * "Local" is what this peer encrypts with, "remote" what it decrypts with.
 */
public final class SrtpKeyingMaterial {

    /** The exporter label of RFC 5764 section 4.2. */
    public static final String EXPORTER_LABEL = "EXTRACTOR-dtls_srtp";

    private final SrtpProtectionProfile profile;
    private final RTCDtlsRole localRole;
    private final byte[] material;

    public SrtpKeyingMaterial(SrtpProtectionProfile profile, RTCDtlsRole localRole, byte[] material) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.localRole = Objects.requireNonNull(localRole, "localRole");
        if (material.length != profile.keyingMaterialLength()) {
            throw new IllegalArgumentException(profile + " needs " + profile.keyingMaterialLength()
                    + " bytes of keying material, got " + material.length);
        }
        this.material = material.clone();
    }

    public SrtpProtectionProfile profile() {
        return profile;
    }

    public RTCDtlsRole localRole() {
        return localRole;
    }

    public byte[] clientWriteKey() {
        return slice(0, profile.keyLength());
    }

    public byte[] serverWriteKey() {
        return slice(profile.keyLength(), profile.keyLength());
    }

    public byte[] clientWriteSalt() {
        return slice(2 * profile.keyLength(), profile.saltLength());
    }

    public byte[] serverWriteSalt() {
        return slice(2 * profile.keyLength() + profile.saltLength(), profile.saltLength());
    }

    public byte[] localKey() {
        return localRole == RTCDtlsRole.CLIENT ? clientWriteKey() : serverWriteKey();
    }

    public byte[] localSalt() {
        return localRole == RTCDtlsRole.CLIENT ? clientWriteSalt() : serverWriteSalt();
    }

    public byte[] remoteKey() {
        return localRole == RTCDtlsRole.CLIENT ? serverWriteKey() : clientWriteKey();
    }

    public byte[] remoteSalt() {
        return localRole == RTCDtlsRole.CLIENT ? serverWriteSalt() : clientWriteSalt();
    }

    private byte[] slice(int from, int length) {
        return Arrays.copyOfRange(material, from, from + length);
    }

    @Override
    public String toString() {
        // Never the key bytes: this object ends up in logs.
        return "SrtpKeyingMaterial[" + profile + ", local " + localRole + "]";
    }
}
