package dev.parley.peer.sctp.packet;

/**
 * A chunk of a type this stack does not implement, kept verbatim so it can be skipped or reported
 * according to the two upper bits of its type (RFC 9260 section 3.2, see {@link UnrecognizedTypeAction}).
 */
public record UnknownChunk(int type, int flags, byte[] value) implements Chunk {

    public UnrecognizedTypeAction action() {
        return UnrecognizedTypeAction.ofChunkType(type);
    }

    @Override
    public void writeValue(ByteWriter out) {
        out.bytes(value);
    }

    @Override
    public String toString() {
        return "UnknownChunk[type=" + type + ", flags=" + flags + ", len=" + value.length + "]";
    }
}
