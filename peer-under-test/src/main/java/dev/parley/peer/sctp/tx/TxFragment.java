package dev.parley.peer.sctp.tx;

import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.IDataChunk;

/** One fragment of an outgoing message, before or after it got a TSN. */
public record TxFragment(OutgoingMessage message, int streamId, int messageId, int fsn, int ppid, byte[] payload,
                         boolean unordered, boolean beginning, boolean ending) {

    /** The DATA or I-DATA chunk carrying this fragment with the given TSN. */
    public Chunk toChunk(int tsn, boolean interleaved) {
        if (interleaved) {
            return new IDataChunk(tsn, streamId, messageId, beginning ? ppid : 0, beginning ? 0 : fsn, payload, false,
                    unordered, beginning, ending);
        }
        return new DataChunk(tsn, streamId, unordered ? 0 : messageId & 0xffff, ppid, payload, false, unordered,
                beginning, ending);
    }

    /** Chunk size on the wire, padding included. */
    public int chunkSize(boolean interleaved) {
        int header = interleaved ? IDataChunk.HEADER_SIZE : DataChunk.HEADER_SIZE;
        return (header + payload.length + 3) & ~3;
    }
}
