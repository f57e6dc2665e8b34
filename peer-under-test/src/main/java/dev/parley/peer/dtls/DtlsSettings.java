package dev.parley.peer.dtls;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Non-standard DTLS knobs, kept out of the W3C API (like pion's SettingEngine).
 *
 * @param srtpProfiles use_srtp profiles in preference order: offered in this order as client,
 *     picked by this order (not the client's) as server, as Chrome and Firefox servers do
 * @param handshakeTimeout how long a handshake may take before the transport fails
 * @param initialRetransmitTimeout the first DTLS flight retransmission timer (RFC 6347 4.2.4.1)
 * @param sendLimit largest datagram DTLS sends: 1280 (IPv6 minimum MTU) minus 48 bytes of
 *     IPv6 and UDP headers, so nothing fragments on any path
 * @param receiveLimit largest datagram accepted: at least 1500, since Firefox's first
 *     ClientHello datagram is 1408 bytes
 */
public record DtlsSettings(
        List<SrtpProtectionProfile> srtpProfiles,
        Duration handshakeTimeout,
        Duration initialRetransmitTimeout,
        int sendLimit,
        int receiveLimit) {

    public static final DtlsSettings DEFAULTS = new DtlsSettings(
            List.of(SrtpProtectionProfile.SRTP_AEAD_AES_128_GCM,
                    SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80,
                    SrtpProtectionProfile.SRTP_AEAD_AES_256_GCM,
                    SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_32),
            Duration.ofSeconds(30),
            Duration.ofMillis(250),
            1232,
            1500);

    public DtlsSettings {
        srtpProfiles = List.copyOf(srtpProfiles);
        Objects.requireNonNull(handshakeTimeout, "handshakeTimeout");
        Objects.requireNonNull(initialRetransmitTimeout, "initialRetransmitTimeout");
        if (receiveLimit < 1500) {
            throw new IllegalArgumentException("receiveLimit below 1500 drops browsers' ClientHellos: " + receiveLimit);
        }
        if (sendLimit < 256 || sendLimit > receiveLimit) {
            throw new IllegalArgumentException("sendLimit out of range: " + sendLimit);
        }
    }

    public DtlsSettings withSrtpProfiles(List<SrtpProtectionProfile> profiles) {
        return new DtlsSettings(profiles, handshakeTimeout, initialRetransmitTimeout, sendLimit, receiveLimit);
    }

    public DtlsSettings withHandshakeTimeout(Duration timeout) {
        return new DtlsSettings(srtpProfiles, timeout, initialRetransmitTimeout, sendLimit, receiveLimit);
    }
}
