package dev.parley.peer.sctp.packet;

/**
 * Out of Resource error cause (RFC 9260 section 3.3.10.4): no cause-specific information.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 4            |     Cause Length = 4          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record OutOfResourceCause() implements ErrorCause {
    public static final int CODE = 4;

    static OutOfResourceCause parse(ByteReader in) throws SctpParseException {
        Chunks.requireEmpty(in, "Out of Resource cause");
        return new OutOfResourceCause();
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        // no value
    }

    @Override
    public String toString() {
        return "Out of Resource";
    }
}
