package dev.parley.peer.sctp.packet;

/**
 * DATA chunk (RFC 9260 section 3.3.1).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 0    |  Res  |I|U|B|E|            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                              TSN                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      Stream Identifier S      |   Stream Sequence Number n    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Payload Protocol Identifier                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                 User Data (seq n of Stream S)                 \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * A chunk with no user data parses (so the association can answer it with the "No User Data"
 * ABORT of section 6.2) but is never produced by this stack.
 */
public record DataChunk(int tsn, int streamId, int ssn, int ppid, byte[] payload,
                        boolean immediateAck, boolean unordered, boolean beginning, boolean ending)
        implements Chunk {
    public static final int TYPE = 0;
    public static final int HEADER_SIZE = 16;
    static final int FLAG_END = 0x01;
    static final int FLAG_BEGIN = 0x02;
    static final int FLAG_UNORDERED = 0x04;
    static final int FLAG_IMMEDIATE_ACK = 0x08;

    static DataChunk parse(int flags, ByteReader in) throws SctpParseException {
        int tsn = in.u32("DATA TSN");
        int sid = in.u16("DATA stream id");
        int ssn = in.u16("DATA SSN");
        int ppid = in.u32("DATA PPID");
        return new DataChunk(tsn, sid, ssn, ppid, in.rest(), (flags & FLAG_IMMEDIATE_ACK) != 0,
                (flags & FLAG_UNORDERED) != 0, (flags & FLAG_BEGIN) != 0, (flags & FLAG_END) != 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int flags() {
        return (immediateAck ? FLAG_IMMEDIATE_ACK : 0) | (unordered ? FLAG_UNORDERED : 0)
                | (beginning ? FLAG_BEGIN : 0) | (ending ? FLAG_END : 0);
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(tsn).u16(streamId).u16(ssn).u32(ppid).bytes(payload);
    }

    @Override
    public String toString() {
        return "DATA[tsn=" + Integer.toUnsignedString(tsn) + ", sid=" + streamId + ", ssn=" + ssn + ", ppid=" + ppid
                + ", len=" + payload.length + ", " + (unordered ? "U" : "") + (beginning ? "B" : "")
                + (ending ? "E" : "") + "]";
    }
}
