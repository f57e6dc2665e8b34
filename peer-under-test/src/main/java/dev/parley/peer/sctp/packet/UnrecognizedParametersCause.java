package dev.parley.peer.sctp.packet;

/**
 * Unrecognized Parameters error cause (RFC 9260 section 3.3.10.8).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 8            |     Cause Length              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /   Unrecognized Parameters                                     /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record UnrecognizedParametersCause(byte[] unrecognizedParameters) implements ErrorCause {
    public static final int CODE = 8;

    static UnrecognizedParametersCause parse(ByteReader in) {
        return new UnrecognizedParametersCause(in.rest());
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(unrecognizedParameters);
    }

    @Override
    public String toString() {
        return "Unrecognized Parameters(" + unrecognizedParameters.length + " bytes)";
    }
}
