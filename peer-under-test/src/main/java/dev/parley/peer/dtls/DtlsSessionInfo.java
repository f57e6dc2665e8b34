package dev.parley.peer.dtls;

import java.util.Optional;

/**
 * What a finished handshake negotiated, in the terms of RTCTransportStats.
 *
 * @param tlsVersion hex of the version as stats show it, {@code FEFD} for DTLS 1.2
 * @param dtlsCipher the IANA cipher suite name, e.g. TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
 * @param srtp the SRTP keys, if use_srtp was negotiated
 */
public record DtlsSessionInfo(String tlsVersion, String dtlsCipher, Optional<SrtpKeyingMaterial> srtp) {
}
