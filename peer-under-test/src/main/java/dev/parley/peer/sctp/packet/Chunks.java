package dev.parley.peer.sctp.packet;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames and dispatches chunks (RFC 9260 section 3.2):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Chunk Type  | Chunk  Flags  |        Chunk Length           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                          Chunk Value                          \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The length excludes the trailing padding; the last chunk of a packet may omit its padding.
 */
public final class Chunks {
    public static final int HEADER_SIZE = 4;

    private Chunks() {
    }

    public static List<Chunk> parseAll(ByteReader in) throws SctpParseException {
        List<Chunk> chunks = new ArrayList<>();
        while (in.remaining() > 0) {
            int type = in.u8("chunk type");
            int flags = in.u8("chunk flags");
            int length = in.u16("chunk length");
            if (length < HEADER_SIZE) {
                throw new SctpParseException("chunk length " + length + " below header size");
            }
            ByteReader value = in.slice(length - HEADER_SIZE, "chunk value of type " + type);
            chunks.add(parse(type, flags, value));
            in.skipPadding((4 - (length & 3)) & 3);
        }
        return chunks;
    }

    static Chunk parse(int type, int flags, ByteReader value) throws SctpParseException {
        return switch (type) {
            case DataChunk.TYPE -> DataChunk.parse(flags, value);
            case InitChunk.TYPE -> InitChunk.parse(value);
            case InitAckChunk.TYPE -> InitAckChunk.parse(value);
            case SackChunk.TYPE -> SackChunk.parse(value);
            case HeartbeatRequestChunk.TYPE -> HeartbeatRequestChunk.parse(value);
            case HeartbeatAckChunk.TYPE -> HeartbeatAckChunk.parse(value);
            case AbortChunk.TYPE -> AbortChunk.parse(flags, value);
            case ShutdownChunk.TYPE -> ShutdownChunk.parse(value);
            case ShutdownAckChunk.TYPE -> ShutdownAckChunk.parse(value);
            case ErrorChunk.TYPE -> ErrorChunk.parse(value);
            case CookieEchoChunk.TYPE -> CookieEchoChunk.parse(value);
            case CookieAckChunk.TYPE -> CookieAckChunk.parse(value);
            case ShutdownCompleteChunk.TYPE -> ShutdownCompleteChunk.parse(flags, value);
            case IDataChunk.TYPE -> IDataChunk.parse(flags, value);
            case ReConfigChunk.TYPE -> ReConfigChunk.parse(value);
            case ForwardTsnChunk.TYPE -> ForwardTsnChunk.parse(value);
            case IForwardTsnChunk.TYPE -> IForwardTsnChunk.parse(value);
            default -> new UnknownChunk(type, flags, value.rest());
        };
    }

    /** Writes header, value and padding. */
    public static void write(Chunk chunk, ByteWriter out) {
        int start = out.size();
        out.u8(chunk.type()).u8(chunk.flags()).u16(0);
        chunk.writeValue(out);
        out.putU16At(start + 2, out.size() - start);
        out.padTo4();
    }

    /** The padded size of a chunk on the wire. */
    public static int serializedSize(Chunk chunk) {
        ByteWriter out = new ByteWriter(64);
        write(chunk, out);
        return out.size();
    }

    public static byte[] serialize(Chunk chunk) {
        ByteWriter out = new ByteWriter(64);
        write(chunk, out);
        return out.toByteArray();
    }

    static void requireEmpty(ByteReader value, String chunkName) throws SctpParseException {
        if (value.remaining() != 0) {
            throw new SctpParseException(chunkName + " must be empty, has " + value.remaining() + " bytes");
        }
    }
}
