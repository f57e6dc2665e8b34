package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * HEARTBEAT ACK chunk (RFC 9260 section 3.3.6): echoes the Heartbeat Info of the HEARTBEAT.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 5    |  Chunk Flags  |    Heartbeat Ack Length       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \            Heartbeat Information TLV (Variable-Length)        \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record HeartbeatAckChunk(List<Parameter> parameters) implements Chunk {
    public static final int TYPE = 5;

    public HeartbeatAckChunk {
        parameters = List.copyOf(parameters);
    }

    static HeartbeatAckChunk parse(ByteReader in) throws SctpParseException {
        return new HeartbeatAckChunk(Parameters.parseAll(in));
    }

    public HeartbeatInfoParameter info() {
        return Parameters.find(parameters, HeartbeatInfoParameter.class);
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
        Parameters.writeAll(parameters, out);
    }
}
