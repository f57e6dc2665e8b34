package dev.parley.peer.sctp.packet;

/**
 * Invalid Stream Identifier error cause (RFC 9260 section 3.3.10.1).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 1            |       Cause Length = 8        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |        Stream Identifier      |         (Reserved)            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record InvalidStreamIdentifierCause(int streamId) implements ErrorCause {
    public static final int CODE = 1;

    static InvalidStreamIdentifierCause parse(ByteReader in) throws SctpParseException {
        int sid = in.u16("stream identifier");
        in.u16("reserved");
        Chunks.requireEmpty(in, "Invalid Stream Identifier tail");
        return new InvalidStreamIdentifierCause(sid);
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u16(streamId).u16(0);
    }
}
