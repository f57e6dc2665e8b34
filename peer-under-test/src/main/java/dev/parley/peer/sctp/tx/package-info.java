/**
 * The send side: {@link dev.parley.peer.sctp.tx.SendQueue} (per-stream queues, round-robin scheduling,
 * fragmentation), {@link dev.parley.peer.sctp.tx.RetransmissionQueue} (TSN assignment, SACK processing,
 * T3 and fast retransmit, partial reliability and FORWARD TSN), {@link dev.parley.peer.sctp.tx.CongestionControl}
 * (RFC 9260 section 7.2) and {@link dev.parley.peer.sctp.tx.RetransmissionTimeout} (section 6.3.1).
 */
package dev.parley.peer.sctp.tx;
