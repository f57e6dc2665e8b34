/**
 * SCTP wire format: {@link dev.parley.peer.sctp.packet.SctpPacket} (common header, CRC32c or RFC 9653
 * zero checksum) and one record per chunk (RFC 9260 section 3.3, RFC 3758, RFC 6525, RFC 8260), per
 * parameter and per error cause, each with its RFC diagram. Parsing and serializing are symmetric
 * (verified byte for byte against Chromium and Firefox packets); malformed input raises only
 * {@link dev.parley.peer.sctp.packet.SctpParseException}. Unknown chunk and parameter types are kept
 * verbatim so the association can act on the two upper bits of their type.
 */
package dev.parley.peer.sctp.packet;
