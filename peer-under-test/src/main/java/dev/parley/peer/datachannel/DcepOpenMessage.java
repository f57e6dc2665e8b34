package dev.parley.peer.datachannel;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * DATA_CHANNEL_OPEN message (RFC 8832 section 5.1), sent with PPID 50 on the new channel's stream.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Message Type |  Channel Type |            Priority           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Reliability Parameter                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Label Length          |       Protocol Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                             Label                             \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                            Protocol                           \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Chromium sends priority 256, Firefox 0.
 */
public record DcepOpenMessage(DataChannelType channelType, int priority, int reliabilityParameter, String label,
                              String protocol) {
    public static final byte MESSAGE_TYPE = 0x03;
    private static final int FIXED_SIZE = 12;

    public static DcepOpenMessage parse(byte[] data) throws DcepParseException {
        if (data.length < FIXED_SIZE) {
            throw new DcepParseException("DATA_CHANNEL_OPEN of " + data.length + " bytes is too short");
        }
        ByteBuffer in = ByteBuffer.wrap(data);
        if (in.get() != MESSAGE_TYPE) {
            throw new DcepParseException("not a DATA_CHANNEL_OPEN: type 0x" + Integer.toHexString(data[0] & 0xff));
        }
        DataChannelType type = DataChannelType.of(in.get() & 0xff);
        int priority = in.getShort() & 0xffff;
        int reliability = in.getInt();
        int labelLength = in.getShort() & 0xffff;
        int protocolLength = in.getShort() & 0xffff;
        if (data.length != FIXED_SIZE + labelLength + protocolLength) {
            throw new DcepParseException("DATA_CHANNEL_OPEN lengths " + labelLength + "+" + protocolLength
                    + " do not match message size " + data.length);
        }
        String label = new String(data, FIXED_SIZE, labelLength, StandardCharsets.UTF_8);
        String protocol = new String(data, FIXED_SIZE + labelLength, protocolLength, StandardCharsets.UTF_8);
        return new DcepOpenMessage(type, priority, reliability, label, protocol);
    }

    public byte[] serialize() {
        byte[] l = label.getBytes(StandardCharsets.UTF_8);
        byte[] p = protocol.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(FIXED_SIZE + l.length + p.length);
        out.put(MESSAGE_TYPE).put((byte) channelType.code()).putShort((short) priority).putInt(reliabilityParameter)
                .putShort((short) l.length).putShort((short) p.length).put(l).put(p);
        return out.array();
    }
}
