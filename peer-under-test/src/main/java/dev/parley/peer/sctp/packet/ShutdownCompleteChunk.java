package dev.parley.peer.sctp.packet;

/**
 * SHUTDOWN COMPLETE chunk (RFC 9260 section 3.3.13). T as in ABORT.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 14   |  Reserved   |T|          Length = 4           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ShutdownCompleteChunk(boolean tagReflected) implements Chunk {
    public static final int TYPE = 14;

    static ShutdownCompleteChunk parse(int flags, ByteReader in) throws SctpParseException {
        Chunks.requireEmpty(in, "SHUTDOWN COMPLETE");
        return new ShutdownCompleteChunk((flags & 1) != 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int flags() {
        return tagReflected ? 1 : 0;
    }

    @Override
    public void writeValue(ByteWriter out) {
        // no value
    }
}
