package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * INIT ACK chunk (RFC 9260 section 3.3.3): the INIT layout with type 2 and a mandatory State Cookie
 * parameter.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Type = 2    |  Chunk Flags  |      Chunk Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Initiate Tag                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |              Advertised Receiver Window Credit                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Number of Outbound Streams   |  Number of Inbound Streams    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          Initial TSN                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \              Optional/Variable-Length Parameters              \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Chromium and Firefox-dcSCTP put the State Cookie first, usrsctp last; both parse.
 */
public record InitAckChunk(int initiateTag, int aRwnd, int outboundStreams, int inboundStreams, int initialTsn,
                           List<Parameter> parameters) implements Chunk {
    public static final int TYPE = 2;

    public InitAckChunk {
        parameters = List.copyOf(parameters);
    }

    static InitAckChunk parse(ByteReader in) throws SctpParseException {
        InitFields f = InitFields.parse(in, "INIT ACK");
        return new InitAckChunk(f.initiateTag(), f.aRwnd(), f.outboundStreams(), f.inboundStreams(),
                f.initialTsn(), f.parameters());
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
