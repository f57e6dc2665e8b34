/**
 * The association state machine of RFC 9260, split by concern as in dcSCTP's socket/ folder:
 * {@link dev.parley.peer.sctp.association.SctpAssociation} (the public sans-I/O API),
 * {@code PacketHandler} (verification tags, out-of-the-blue packets, unknown chunks, dispatch),
 * {@code HandshakeHandler} (INIT / INIT ACK / signed State Cookie / COOKIE ECHO / COOKIE ACK and the
 * INIT collision of section 5.2), {@code TransmissionControlBlock} (per-association data state and
 * packet assembly), {@code HeartbeatHandler} (section 8.3), {@code ShutdownHandler} (section 9.2) and
 * {@code StreamResetHandler} (RFC 6525).
 */
package dev.parley.peer.sctp.association;
