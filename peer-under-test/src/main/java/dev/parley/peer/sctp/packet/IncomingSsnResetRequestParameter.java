package dev.parley.peer.sctp.packet;

import java.util.Arrays;

/**
 * Incoming SSN Reset Request parameter (RFC 6525 section 4.2): asks the peer to reset its outgoing
 * streams.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 14       |  Parameter Length = 8 + 2 * N |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Re-configuration Request Sequence Number             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Stream Number 1 (optional)   |    Stream Number 2 (optional) |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                            ......                             /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record IncomingSsnResetRequestParameter(int requestSequenceNumber, int[] streamIds) implements Parameter {
    public static final int TYPE = 14;

    static IncomingSsnResetRequestParameter parse(ByteReader in) throws SctpParseException {
        int req = in.u32("request sequence number");
        return new IncomingSsnResetRequestParameter(req, StreamLists.parse(in));
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(requestSequenceNumber);
        StreamLists.write(streamIds, out);
    }

    @Override
    public String toString() {
        return "IncomingSsnResetRequest[req=" + Integer.toUnsignedString(requestSequenceNumber) + ", streams="
                + Arrays.toString(streamIds) + "]";
    }
}
