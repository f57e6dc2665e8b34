package dev.parley.peer.sctp.packet;

/**
 * Zero Checksum Acceptable parameter (RFC 9653 section 5.1): the sender accepts packets whose
 * checksum is zero because the lower layer (here DTLS, method 1) already protects them.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 0x8001 (suggested)   |          Length = 8           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Error Detection Method Identifier (EDMID)           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ZeroChecksumAcceptableParameter(int errorDetectionMethod) implements Parameter {
    public static final int TYPE = 0x8001;
    /** EDMID 1: SCTP over DTLS (RFC 9653 section 7). */
    public static final int METHOD_DTLS = 1;

    static ZeroChecksumAcceptableParameter parse(ByteReader in) throws SctpParseException {
        ZeroChecksumAcceptableParameter p = new ZeroChecksumAcceptableParameter(in.u32("EDMID"));
        Chunks.requireEmpty(in, "Zero Checksum Acceptable tail");
        return p;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(errorDetectionMethod);
    }
}
