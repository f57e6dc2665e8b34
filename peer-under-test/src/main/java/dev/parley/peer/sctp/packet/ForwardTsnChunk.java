package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * FORWARD TSN chunk (RFC 3758 section 3.2): tells the receiver to move its cumulative TSN past
 * abandoned messages, and which ordered streams skipped which sequence numbers.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 192  |  Flags = 0x00 |        Length = Variable      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      New Cumulative TSN                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Stream-1              |       Stream Sequence-1       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * /                                                               /
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record ForwardTsnChunk(int newCumulativeTsn, List<SkippedStream> skippedStreams) implements Chunk {
    public static final int TYPE = 192;

    /** The last SSN skipped on an ordered stream. */
    public record SkippedStream(int streamId, int ssn) {
    }

    public ForwardTsnChunk {
        skippedStreams = List.copyOf(skippedStreams);
    }

    static ForwardTsnChunk parse(ByteReader in) throws SctpParseException {
        int cum = in.u32("FORWARD TSN new cumulative TSN");
        if (in.remaining() % 4 != 0) {
            throw new SctpParseException("FORWARD TSN stream list length " + in.remaining() + " not a multiple of 4");
        }
        SkippedStream[] skipped = new SkippedStream[in.remaining() / 4];
        for (int i = 0; i < skipped.length; i++) {
            skipped[i] = new SkippedStream(in.u16("stream"), in.u16("ssn"));
        }
        return new ForwardTsnChunk(cum, List.of(skipped));
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
        for (SkippedStream s : skippedStreams) {
            out.u16(s.streamId()).u16(s.ssn());
        }
    }
}
