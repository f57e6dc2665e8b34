package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * Selective Acknowledgement chunk (RFC 9260 section 3.3.4).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 3    |  Chunk Flags  |         Chunk Length          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Cumulative TSN Ack                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          Advertised Receiver Window Credit (a_rwnd)           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Number of Gap Ack Blocks = N  |  Number of Duplicate TSNs = M |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    Gap Ack Block #1 Start     |     Gap Ack Block #1 End      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                              ...                              /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Duplicate TSN 1                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                              ...                              /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Gap block offsets are relative to the cumulative TSN ack.
 */
public record SackChunk(int cumulativeTsnAck, int aRwnd, List<GapAckBlock> gapAckBlocks, List<Integer> duplicateTsns)
        implements Chunk {
    public static final int TYPE = 3;

    /** One gap ack block: TSNs cumAck+start .. cumAck+end were received. */
    public record GapAckBlock(int start, int end) {
    }

    public SackChunk {
        gapAckBlocks = List.copyOf(gapAckBlocks);
        duplicateTsns = List.copyOf(duplicateTsns);
    }

    static SackChunk parse(ByteReader in) throws SctpParseException {
        int cum = in.u32("SACK cumulative TSN ack");
        int aRwnd = in.u32("SACK a_rwnd");
        int gaps = in.u16("SACK gap block count");
        int dups = in.u16("SACK duplicate count");
        if (in.remaining() != gaps * 4 + dups * 4) {
            throw new SctpParseException("SACK counts " + gaps + "/" + dups + " do not match length " + in.remaining());
        }
        GapAckBlock[] blocks = new GapAckBlock[gaps];
        for (int i = 0; i < gaps; i++) {
            blocks[i] = new GapAckBlock(in.u16("gap start"), in.u16("gap end"));
        }
        Integer[] duplicates = new Integer[dups];
        for (int i = 0; i < dups; i++) {
            duplicates[i] = in.u32("duplicate TSN");
        }
        return new SackChunk(cum, aRwnd, List.of(blocks), List.of(duplicates));
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int flags() {
        return 0;
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.u32(cumulativeTsnAck).u32(aRwnd).u16(gapAckBlocks.size()).u16(duplicateTsns.size());
        for (GapAckBlock b : gapAckBlocks) {
            out.u16(b.start()).u16(b.end());
        }
        for (int d : duplicateTsns) {
            out.u32(d);
        }
    }

    @Override
    public String toString() {
        return "SACK[cum=" + Integer.toUnsignedString(cumulativeTsnAck) + ", a_rwnd=" + Integer.toUnsignedString(aRwnd)
                + ", gaps=" + gapAckBlocks + ", dups=" + duplicateTsns.size() + "]";
    }
}
