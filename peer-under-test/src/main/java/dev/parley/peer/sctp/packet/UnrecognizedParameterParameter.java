package dev.parley.peer.sctp.packet;

/**
 * Unrecognized Parameter parameter of INIT ACK (RFC 9260 section 3.3.3): returns, verbatim and framed,
 * INIT parameters whose type's upper bits asked for a report.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Type = 8             |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                  Unrecognized Parameter TLV                   /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record UnrecognizedParameterParameter(byte[] unrecognized) implements Parameter {
    public static final int TYPE = 8;

    static UnrecognizedParameterParameter parse(ByteReader in) {
        return new UnrecognizedParameterParameter(in.rest());
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(unrecognized);
    }
}
