package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * I-FORWARD-TSN chunk (RFC 8260 section 2.3.1): FORWARD TSN for I-DATA, naming skipped messages by
 * stream, U flag and Message Identifier.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 194  |  Flags = 0x00 |      Length = Variable        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       New Cumulative TSN                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |       Stream Identifier       |          Reserved           |U|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Message Identifier                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                                                               /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record IForwardTsnChunk(int newCumulativeTsn, List<SkippedMessage> skippedMessages) implements Chunk {
    public static final int TYPE = 194;

    /** The last MID skipped on a stream (ordered or unordered). */
    public record SkippedMessage(int streamId, boolean unordered, int mid) {
    }

    public IForwardTsnChunk {
        skippedMessages = List.copyOf(skippedMessages);
    }

    static IForwardTsnChunk parse(ByteReader in) throws SctpParseException {
        int cum = in.u32("I-FORWARD-TSN new cumulative TSN");
        if (in.remaining() % 8 != 0) {
            throw new SctpParseException("I-FORWARD-TSN list length " + in.remaining() + " not a multiple of 8");
        }
        SkippedMessage[] skipped = new SkippedMessage[in.remaining() / 8];
        for (int i = 0; i < skipped.length; i++) {
            int sid = in.u16("stream");
            int flags = in.u16("flags");
            skipped[i] = new SkippedMessage(sid, (flags & 1) != 0, in.u32("mid"));
        }
        return new IForwardTsnChunk(cum, List.of(skipped));
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
        out.u32(newCumulativeTsn);
        for (SkippedMessage s : skippedMessages) {
            out.u16(s.streamId()).u16(s.unordered() ? 1 : 0).u32(s.mid());
        }
    }
}
