/**
 * The receive side: {@link dev.parley.peer.sctp.rx.DataTracker} (cumulative TSN, gap ack blocks,
 * duplicates, when to SACK) and {@link dev.parley.peer.sctp.rx.ReassemblyQueue} (fragments into messages,
 * per-stream ordering, FORWARD TSN skipping, stream reset), for DATA and I-DATA, with bounded memory.
 */
package dev.parley.peer.sctp.rx;
