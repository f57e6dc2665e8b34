package dev.parley.peer.sctp.packet;

/**
 * Cookie Received While Shutting Down error cause (RFC 9260 section 3.3.10.10): no cause-specific information.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 10           |     Cause Length = 4          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record CookieReceivedWhileShuttingDownCause() implements ErrorCause {
    public static final int CODE = 10;

    static CookieReceivedWhileShuttingDownCause parse(ByteReader in) throws SctpParseException {
        Chunks.requireEmpty(in, "Cookie Received While Shutting Down cause");
        return new CookieReceivedWhileShuttingDownCause();
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
        return "Cookie Received While Shutting Down";
    }
}
