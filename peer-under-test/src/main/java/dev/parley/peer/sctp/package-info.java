/**
 * Parley's own SCTP (RFC 9260) for WebRTC data channels, carried in DTLS (RFC 8261), sans-I/O after
 * dcSCTP: {@link dev.parley.peer.sctp.association.SctpAssociation} takes packets and the time and
 * gives back packets, events and its next deadline; all tunables are in {@link dev.parley.peer.sctp.SctpOptions}.
 *
 * <p>Sub-packages by concern: {@code packet} (one class per chunk, parameter and error cause),
 * {@code association} (handshake, data path wiring, heartbeat, shutdown, stream reset),
 * {@code rx} (TSN tracking, reassembly), {@code tx} (send queue, retransmission, congestion control,
 * RTO) and {@code timer}.
 */
package dev.parley.peer.sctp;
