package dev.parley.peer.sctp.packet;

/**
 * Restart of an Association with New Addresses error cause (RFC 9260 section 3.3.10.11).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Cause Code = 11           |     Cause Length              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /   New Address TLVs                                            /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record RestartWithNewAddressesCause(byte[] newAddresses) implements ErrorCause {
    public static final int CODE = 11;

    static RestartWithNewAddressesCause parse(ByteReader in) {
        return new RestartWithNewAddressesCause(in.rest());
    }

    @Override
    public int code() {
        return CODE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(newAddresses);
    }

    @Override
    public String toString() {
        return "Restart of an Association with New Addresses(" + newAddresses.length + " bytes)";
    }
}
