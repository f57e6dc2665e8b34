package dev.parley.peer.sctp.packet;

/**
 * An error cause (RFC 9260 section 3.3.10), carried in ERROR and ABORT chunks: code, length, value.
 * Implementations write only their value; {@link ErrorCauses} frames it.
 */
public interface ErrorCause {
    int code();

    void writeValue(ByteWriter out);
}
