/**
 * JSEP (RFC 8829) as pure functions: the signaling state machine, the offer and answer builders, and the
 * rules a remote description must follow. Nothing here holds connection state or threads.
 */
package dev.parley.peer.jsep;
