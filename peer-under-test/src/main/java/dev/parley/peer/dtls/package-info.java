/**
 * DTLS 1.2 (BouncyCastle) for the reference peer: {@link dev.parley.peer.dtls.RTCCertificate}
 * and its fingerprints, and {@link dev.parley.peer.dtls.RTCDtlsTransport}, which authenticates the
 * peer by its SDP fingerprint, negotiates use_srtp, exports the SRTP keys and carries SCTP packets.
 * It runs on any {@link dev.parley.peer.ice.PacketTransport}: an ICE transport's DTLS share, or
 * an in-memory pair in tests. BouncyCastle stays behind {@code DtlsServer}, {@code DtlsClient},
 * {@code DtlsCredentials}, {@code UseSrtpNegotiation} and {@code PacketDatagramTransport}.
 */
package dev.parley.peer.dtls;
