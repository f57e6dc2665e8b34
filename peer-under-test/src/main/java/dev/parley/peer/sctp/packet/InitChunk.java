package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * INIT chunk (RFC 9260 section 3.3.2).
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 1    |  Chunk Flags  |      Chunk Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Initiate Tag                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           Advertised Receiver Window Credit (a_rwnd)          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Number of Outbound Streams   |  Number of Inbound Streams    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          Initial TSN                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \              Optional/Variable-Length Parameters              \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Browsers send Forward-TSN-Supported and Supported-Extensions here (see the wire samples).
 */
public record InitChunk(int initiateTag, int aRwnd, int outboundStreams, int inboundStreams, int initialTsn,
                        List<Parameter> parameters) implements Chunk {
    public static final int TYPE = 1;

    public InitChunk {
        parameters = List.copyOf(parameters);
    }

    static InitChunk parse(ByteReader in) throws SctpParseException {
        InitFields f = InitFields.parse(in, "INIT");
        return new InitChunk(f.initiateTag(), f.aRwnd(), f.outboundStreams(), f.inboundStreams(), f.initialTsn(),
                f.parameters());
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
        new InitFields(initiateTag, aRwnd, outboundStreams, inboundStreams, initialTsn, parameters).write(out);
    }
}
