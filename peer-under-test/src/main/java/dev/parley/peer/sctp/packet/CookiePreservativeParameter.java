package dev.parley.peer.sctp.packet;

/**
 * Cookie Preservative parameter of INIT (RFC 9260 section 3.3.2.1.2): asks for a longer cookie life.
 * Parsed and accepted; this stack neither sends it nor lengthens its cookies (browsers do neither).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Type = 9             |          Length = 8           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Suggested Cookie Life-Span Increment (msec.)          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record CookiePreservativeParameter(int incrementMillis) implements Parameter {
    public static final int TYPE = 9;

    static CookiePreservativeParameter parse(ByteReader in) throws SctpParseException {
        CookiePreservativeParameter p = new CookiePreservativeParameter(in.u32("cookie life-span increment"));
        Chunks.requireEmpty(in, "Cookie Preservative tail");
        return p;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(incrementMillis);
    }
}
