package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * RE-CONFIG chunk (RFC 6525 section 3.1): one or two re-configuration request/response parameters.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Type = 130    |  Chunk Flags  |      Chunk Length             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                                                               \
 * /                  Re-configuration Parameter                   /
 * \                                                               \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                                                               \
 * /             Re-configuration Parameter (optional)             /
 * \                                                               \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Browsers close a data channel with one Outgoing SSN Reset Request per chunk (length 22).
 */
public record ReConfigChunk(List<Parameter> parameters) implements Chunk {
    public static final int TYPE = 130;

    public ReConfigChunk {
        parameters = List.copyOf(parameters);
    }

    static ReConfigChunk parse(ByteReader in) throws SctpParseException {
        return new ReConfigChunk(Parameters.parseAll(in));
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
