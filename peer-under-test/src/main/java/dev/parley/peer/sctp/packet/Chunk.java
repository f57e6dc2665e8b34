package dev.parley.peer.sctp.packet;

/**
 * An SCTP chunk (RFC 9260 section 3.2): type, flags, length, then a value padded to four bytes.
 * Implementations write only their value; {@link Chunks} writes the header, length and padding.
 */
public interface Chunk {
    int type();

    int flags();

    void writeValue(ByteWriter out);
}
