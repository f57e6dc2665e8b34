package dev.parley.peer.sctp.packet;

/**
 * I-DATA chunk (RFC 8260 section 2.1): DATA with a 32-bit Message Identifier and a Fragment
 * Sequence Number, so fragments of different messages may interleave.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 64   |  Res  |I|U|B|E|       Length = Variable       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                              TSN                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |        Stream Identifier      |           Reserved            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Message Identifier                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Payload Protocol Identifier / Fragment Sequence Number     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                           User Data                           \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The fourth word is the PPID when B is set (the FSN is then 0), else the FSN.
 */
public record IDataChunk(int tsn, int streamId, int mid, int ppid, int fsn, byte[] payload,
                         boolean immediateAck, boolean unordered, boolean beginning, boolean ending)
        implements Chunk {
    public static final int TYPE = 64;
    public static final int HEADER_SIZE = 20;

    static IDataChunk parse(int flags, ByteReader in) throws SctpParseException {
        int tsn = in.u32("I-DATA TSN");
        int sid = in.u16("I-DATA stream id");
        in.u16("I-DATA reserved");
        int mid = in.u32("I-DATA MID");
        int ppidOrFsn = in.u32("I-DATA PPID/FSN");
        boolean begin = (flags & DataChunk.FLAG_BEGIN) != 0;
        return new IDataChunk(tsn, sid, mid, begin ? ppidOrFsn : 0, begin ? 0 : ppidOrFsn, in.rest(),
                (flags & DataChunk.FLAG_IMMEDIATE_ACK) != 0, (flags & DataChunk.FLAG_UNORDERED) != 0, begin,
                (flags & DataChunk.FLAG_END) != 0);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int flags() {
        return (immediateAck ? DataChunk.FLAG_IMMEDIATE_ACK : 0) | (unordered ? DataChunk.FLAG_UNORDERED : 0)
                | (beginning ? DataChunk.FLAG_BEGIN : 0) | (ending ? DataChunk.FLAG_END : 0);
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(tsn).u16(streamId).u16(0).u32(mid).u32(beginning ? ppid : fsn).bytes(payload);
    }

    @Override
    public String toString() {
        return "I-DATA[tsn=" + Integer.toUnsignedString(tsn) + ", sid=" + streamId
                + ", mid=" + Integer.toUnsignedString(mid)
                + (beginning ? ", ppid=" + ppid : ", fsn=" + Integer.toUnsignedString(fsn)) + ", len=" + payload.length
                + ", " + (unordered ? "U" : "") + (beginning ? "B" : "") + (ending ? "E" : "") + "]";
    }
}
