package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * ABORT chunk (RFC 9260 section 3.3.7). T set means the verification tag is the receiver's own tag
 * reflected back (no TCB at the sender).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 6    |  Reserved   |T|            Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                                                               \
 * /                   zero or more Error Causes                   /
 * \                                                               \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Browsers' pc.close() sends this with "User-Initiated Abort" (dcSCTP: reason "Close called").
 */
public record AbortChunk(boolean tagReflected, List<ErrorCause> causes) implements Chunk {
    public static final int TYPE = 6;

    public AbortChunk {
        causes = List.copyOf(causes);
    }

    static AbortChunk parse(int flags, ByteReader in) throws SctpParseException {
        return new AbortChunk((flags & 1) != 0, ErrorCauses.parseAll(in));
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int flags() {
        return tagReflected ? 1 : 0;
    }

    @Override
    public void writeValue(ByteWriter out) {
        ErrorCauses.writeAll(causes, out);
    }
}
