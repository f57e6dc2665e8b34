package dev.parley.peer.sctp.packet;

import java.util.Arrays;

/**
 * Outgoing SSN Reset Request parameter (RFC 6525 section 4.1): the sender resets its outgoing
 * streams, i.e. the receiver's incoming ones, once it has received everything up to the Sender's
 * Last Assigned TSN. An empty stream list means all streams. Data channels close with this
 * (RFC 8831 section 6.7).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 13       | Parameter Length = 16 + 2 * N |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Re-configuration Request Sequence Number            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Re-configuration Response Sequence Number           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                Sender's Last Assigned TSN                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Stream Number 1 (optional)   |    Stream Number 2 (optional) |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                            ......                             /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record OutgoingSsnResetRequestParameter(int requestSequenceNumber, int responseSequenceNumber,
                                               int sendersLastAssignedTsn, int[] streamIds) implements Parameter {
    public static final int TYPE = 13;

    static OutgoingSsnResetRequestParameter parse(ByteReader in) throws SctpParseException {
        int req = in.u32("request sequence number");
        int resp = in.u32("response sequence number");
        int last = in.u32("sender's last assigned TSN");
        return new OutgoingSsnResetRequestParameter(req, resp, last, StreamLists.parse(in));
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(requestSequenceNumber).u32(responseSequenceNumber).u32(sendersLastAssignedTsn);
        StreamLists.write(streamIds, out);
    }

    @Override
    public String toString() {
        return "OutgoingSsnResetRequest[req=" + Integer.toUnsignedString(requestSequenceNumber) + ", resp="
                + Integer.toUnsignedString(responseSequenceNumber) + ", lastTsn="
                + Integer.toUnsignedString(sendersLastAssignedTsn) + ", streams=" + Arrays.toString(streamIds) + "]";
    }
}
