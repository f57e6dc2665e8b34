package dev.parley.peer.sctp.packet;

/**
 * State Cookie parameter of INIT ACK (RFC 9260 section 3.3.3.1): opaque to the INIT sender, which
 * returns it in COOKIE ECHO. Chromium's is 48 bytes, Firefox dcSCTP's 44, usrsctp's 196.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Type = 7             |            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                            Cookie                             /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record StateCookieParameter(byte[] cookie) implements Parameter {
    public static final int TYPE = 7;

    static StateCookieParameter parse(ByteReader in) {
        return new StateCookieParameter(in.rest());
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(cookie);
    }
}
