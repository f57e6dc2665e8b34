package dev.parley.peer.sctp.rx;

/** A reassembled user message, ready for the upper layer. */
public record ReceivedMessage(int streamId, int ppid, byte[] payload) {
}
