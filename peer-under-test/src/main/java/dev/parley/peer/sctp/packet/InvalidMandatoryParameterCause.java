package dev.parley.peer.sctp.packet;

/**
 * Invalid Mandatory Parameter error cause (RFC 9260 section 3.3.10.7): no cause-specific information.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 7            |     Cause Length = 4          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record InvalidMandatoryParameterCause() implements ErrorCause {
    public static final int CODE = 7;

    static InvalidMandatoryParameterCause parse(ByteReader in) throws SctpParseException {
        Chunks.requireEmpty(in, "Invalid Mandatory Parameter cause");
        return new InvalidMandatoryParameterCause();
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
        return "Invalid Mandatory Parameter";
    }
}
