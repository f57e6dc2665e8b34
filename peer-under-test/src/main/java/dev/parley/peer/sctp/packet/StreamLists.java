package dev.parley.peer.sctp.packet;

/** The list of 16-bit stream numbers that ends RE-CONFIG request parameters (RFC 6525 section 4). */
final class StreamLists {
    private StreamLists() {
    }

    static int[] parse(ByteReader in) throws SctpParseException {
        if (in.remaining() % 2 != 0) {
            throw new SctpParseException("odd stream list length " + in.remaining());
        }
        int[] streams = new int[in.remaining() / 2];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = in.u16("stream number");
        }
        return streams;
    }

    static void write(int[] streams, ByteWriter out) {
        for (int s : streams) {
            out.u16(s);
        }
    }
}
