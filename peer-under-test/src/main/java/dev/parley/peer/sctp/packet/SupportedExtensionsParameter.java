package dev.parley.peer.sctp.packet;

import java.util.Arrays;

/**
 * Supported Extensions parameter (RFC 5061 section 4.2.7): the chunk types the sender understands
 * beyond RFC 9260. Chromium lists RE-CONFIG and FORWARD-TSN; Firefox adds I-DATA and I-FORWARD-TSN.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Parameter Type = 0x8008   |      Parameter Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | CHUNK TYPE 1  |  CHUNK TYPE 2 |  CHUNK TYPE 3 |  CHUNK TYPE 4 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                             ....                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record SupportedExtensionsParameter(int[] chunkTypes) implements Parameter {
    public static final int TYPE = 0x8008;

    static SupportedExtensionsParameter parse(ByteReader in) throws SctpParseException {
        int[] types = new int[in.remaining()];
        for (int i = 0; i < types.length; i++) {
            types[i] = in.u8("chunk type");
        }
        return new SupportedExtensionsParameter(types);
    }

    public boolean supports(int chunkType) {
        for (int t : chunkTypes) {
            if (t == chunkType) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public void writeValue(ByteWriter out) {
        for (int t : chunkTypes) {
            out.u8(t);
        }
    }

    @Override
    public String toString() {
        return "SupportedExtensions" + Arrays.toString(chunkTypes);
    }
}
