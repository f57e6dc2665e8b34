/** Deadlines without threads: the association reports its earliest one and is called back at that time. */
package dev.parley.peer.sctp.timer;
