package dev.parley.peer.sctp.packet;

/**
 * Stale Cookie error cause (RFC 9260 section 3.3.10.3): by how many microseconds the cookie was late.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 3            |       Cause Length = 8        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 Measure of Staleness (usec.)                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record StaleCookieCause(int stalenessMicros) implements ErrorCause {
    public static final int CODE = 3;

    static StaleCookieCause parse(ByteReader in) throws SctpParseException {
        StaleCookieCause c = new StaleCookieCause(in.u32("measure of staleness"));
        Chunks.requireEmpty(in, "Stale Cookie tail");
        return c;
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(stalenessMicros);
    }
}
