package dev.parley.peer.sctp.packet;

/**
 * Unresolvable Address error cause (RFC 9260 section 3.3.10.5).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 5            |     Cause Length              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /   Unresolvable Address                                        /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record UnresolvableAddressCause(byte[] address) implements ErrorCause {
    public static final int CODE = 5;

    static UnresolvableAddressCause parse(ByteReader in) {
        return new UnresolvableAddressCause(in.rest());
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(address);
    }

    @Override
    public String toString() {
        return "Unresolvable Address(" + address.length + " bytes)";
    }
}
