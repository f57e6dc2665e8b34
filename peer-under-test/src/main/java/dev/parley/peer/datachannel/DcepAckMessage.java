package dev.parley.peer.datachannel;

/**
 * DATA_CHANNEL_ACK message (RFC 8832 section 5.2): one byte, 0x02, PPID 50.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+
 * |  Message Type |
 * +-+-+-+-+-+-+-+-+
 * </pre>
 */
public record DcepAckMessage() {
    public static final byte MESSAGE_TYPE = 0x02;

    public static DcepAckMessage parse(byte[] data) throws DcepParseException {
        if (data.length != 1 || data[0] != MESSAGE_TYPE) {
            throw new DcepParseException("not a DATA_CHANNEL_ACK (" + data.length + " bytes)");
        }
        return new DcepAckMessage();
    }

    public byte[] serialize() {
        return new byte[] {MESSAGE_TYPE};
    }
}
