package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * HEARTBEAT chunk (RFC 9260 section 3.3.5): carries one Heartbeat Info parameter that the peer echoes.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 4    |  Chunk Flags  |      Heartbeat Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \            Heartbeat Information TLV (Variable-Length)        \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record HeartbeatRequestChunk(List<Parameter> parameters) implements Chunk {
    public static final int TYPE = 4;

    public HeartbeatRequestChunk {
        parameters = List.copyOf(parameters);
    }

    public static HeartbeatRequestChunk of(byte[] info) {
        return new HeartbeatRequestChunk(List.of(new HeartbeatInfoParameter(info)));
    }

    static HeartbeatRequestChunk parse(ByteReader in) throws SctpParseException {
        return new HeartbeatRequestChunk(Parameters.parseAll(in));
    }

    /** The Heartbeat Info parameter, or null when the sender left it out. */
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
