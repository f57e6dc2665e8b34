package dev.parley.peer.sctp.packet;

import java.util.List;

/**
 * An SCTP packet (RFC 9260 section 3.1): common header and chunks. Over DTLS (RFC 8261) there is no
 * IP header; browsers use port 5000 on both sides.
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     Source Port Number        |     Destination Port Number   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      Verification Tag                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           Checksum                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * \                         Chunk #1 ... #n                       \
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * The checksum is CRC32c ({@link Crc32c}), or zero when both ends negotiated RFC 9653.
 */
public record SctpPacket(int sourcePort, int destinationPort, int verificationTag, List<Chunk> chunks) {
    public static final int HEADER_SIZE = 12;

    public SctpPacket {
        chunks = List.copyOf(chunks);
    }

    /** Parses and verifies the CRC32c. */
    public static SctpPacket parse(byte[] data) throws SctpParseException {
        return parse(data, false);
    }

    /**
     * Parses a packet; a checksum of zero is accepted only when {@code zeroChecksumAccepted}
     * (RFC 9653 section 5.3), every other value must be the CRC32c.
     */
    public static SctpPacket parse(byte[] data, boolean zeroChecksumAccepted) throws SctpParseException {
        if (data.length < HEADER_SIZE) {
            throw new SctpParseException("packet of " + data.length + " bytes is shorter than the common header");
        }
        int stored = Crc32c.read(data, 0);
        if (!(zeroChecksumAccepted && stored == 0)) {
            int computed = Crc32c.compute(data, 0, data.length);
            if (computed != stored) {
                throw new SctpParseException("checksum mismatch: stored 0x" + Integer.toHexString(stored)
                        + ", computed 0x" + Integer.toHexString(computed));
            }
        }
        ByteReader in = new ByteReader(data);
        int src = in.u16("source port");
        int dst = in.u16("destination port");
        int tag = in.u32("verification tag");
        in.u32("checksum");
        List<Chunk> chunks = Chunks.parseAll(in);
        if (chunks.isEmpty()) {
            throw new SctpParseException("packet without chunks");
        }
        return new SctpPacket(src, dst, tag, chunks);
    }

    /** Serializes with a CRC32c checksum. */
    public byte[] serialize() {
        return serialize(false);
    }

    /** Serializes; with {@code zeroChecksum} the checksum field stays zero (RFC 9653). */
    public byte[] serialize(boolean zeroChecksum) {
        ByteWriter out = new ByteWriter(HEADER_SIZE + chunks.size() * 32);
        out.u16(sourcePort).u16(destinationPort).u32(verificationTag).u32(0);
        for (Chunk c : chunks) {
            Chunks.write(c, out);
        }
        byte[] bytes = out.toByteArray();
        if (!zeroChecksum) {
            Crc32c.write(bytes, 0, Crc32c.compute(bytes, 0, bytes.length));
        }
        return bytes;
    }
}
