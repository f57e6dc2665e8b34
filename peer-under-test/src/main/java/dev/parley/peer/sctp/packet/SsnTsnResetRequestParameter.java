package dev.parley.peer.sctp.packet;

/**
 * SSN/TSN Reset Request parameter (RFC 6525 section 4.3). Parsed so it can be answered ("Denied");
 * this stack never requests it.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 15       |      Parameter Length = 8     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Re-configuration Request Sequence Number              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record SsnTsnResetRequestParameter(int requestSequenceNumber) implements Parameter {
    public static final int TYPE = 15;

    static SsnTsnResetRequestParameter parse(ByteReader in) throws SctpParseException {
        SsnTsnResetRequestParameter p = new SsnTsnResetRequestParameter(in.u32("request sequence number"));
        Chunks.requireEmpty(in, "SSN/TSN Reset Request tail");
        return p;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(requestSequenceNumber);
    }
}
