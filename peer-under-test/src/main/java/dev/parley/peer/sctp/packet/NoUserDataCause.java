package dev.parley.peer.sctp.packet;

/**
 * No User Data error cause (RFC 9260 section 3.3.10.9): a DATA chunk arrived without payload.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 9            |       Cause Length = 8        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                  TSN value                                    /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record NoUserDataCause(int tsn) implements ErrorCause {
    public static final int CODE = 9;

    static NoUserDataCause parse(ByteReader in) throws SctpParseException {
        NoUserDataCause c = new NoUserDataCause(in.u32("TSN"));
        Chunks.requireEmpty(in, "No User Data tail");
        return c;
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(tsn);
    }
}
