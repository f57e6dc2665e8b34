package dev.parley.peer.sctp.packet;

/**
 * Forward-TSN-Supported parameter (RFC 3758 section 3.1): the sender implements partial reliability.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Parameter Type = 49152     |  Parameter Length = 4         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ForwardTsnSupportedParameter() implements Parameter {
    public static final int TYPE = 0xC000;

    static ForwardTsnSupportedParameter parse(ByteReader in) throws SctpParseException {
        Chunks.requireEmpty(in, "Forward-TSN-Supported");
        return new ForwardTsnSupportedParameter();
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        // no value
    }
}
