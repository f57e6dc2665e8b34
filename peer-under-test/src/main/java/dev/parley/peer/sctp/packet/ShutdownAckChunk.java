package dev.parley.peer.sctp.packet;

/**
 * SHUTDOWN ACK chunk (RFC 9260 section 3.3.9).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 8    |  Chunk Flags  |          Length = 4           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ShutdownAckChunk() implements Chunk {
    public static final int TYPE = 8;

    static ShutdownAckChunk parse(ByteReader in) throws SctpParseException {
        Chunks.requireEmpty(in, "SHUTDOWN ACK");
        return new ShutdownAckChunk();
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(ByteWriter out) {
        // no value
    }
}
