package dev.parley.peer.sctp.packet;

/**
 * Unrecognized Chunk Type error cause (RFC 9260 section 3.3.10.6).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 6            |     Cause Length              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /   Unrecognized Chunk                                          /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record UnrecognizedChunkTypeCause(byte[] unrecognizedChunk) implements ErrorCause {
    public static final int CODE = 6;

    static UnrecognizedChunkTypeCause parse(ByteReader in) {
        return new UnrecognizedChunkTypeCause(in.rest());
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(unrecognizedChunk);
    }

    @Override
    public String toString() {
        return "Unrecognized Chunk Type(" + unrecognizedChunk.length + " bytes)";
    }
}
