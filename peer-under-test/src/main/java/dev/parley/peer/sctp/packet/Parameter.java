package dev.parley.peer.sctp.packet;

/**
 * A type-length-value parameter (RFC 9260 section 3.2.1), as carried in INIT, INIT ACK, HEARTBEAT and
 * RE-CONFIG chunks. Implementations write only their value; {@link Parameters} frames it.
 */
public interface Parameter {
    int type();

    void writeValue(ByteWriter out);
}
