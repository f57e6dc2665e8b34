package dev.parley.peer.sctp.packet;

/**
 * Add Outgoing Streams Request parameter (RFC 6525 section 4.5). Parsed so it can be answered
 * ("Denied"); this stack never requests it.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 17       |      Parameter Length = 12    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Re-configuration Request Sequence Number             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      Number of new streams    |         Reserved              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record AddOutgoingStreamsRequestParameter(int requestSequenceNumber, int newStreams) implements Parameter {
    public static final int TYPE = 17;

    static AddOutgoingStreamsRequestParameter parse(ByteReader in) throws SctpParseException {
        int req = in.u32("request sequence number");
        int n = in.u16("number of new streams");
        in.u16("reserved");
        Chunks.requireEmpty(in, "Add Outgoing Streams tail");
        return new AddOutgoingStreamsRequestParameter(req, n);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(requestSequenceNumber).u16(newStreams).u16(0);
    }
}
