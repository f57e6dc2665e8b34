package dev.parley.peer.sctp.packet;

import java.util.zip.CRC32C;

/**
 * The SCTP checksum (RFC 9260 section 6.8 and appendix A): CRC32c over the whole packet with the
 * checksum field taken as zero. The JDK computes the reflected CRC; SCTP transmits it least
 * significant byte first.
 */
public final class Crc32c {
    private Crc32c() {
    }

    /** The checksum of {@code packet}, ignoring whatever its bytes 8..11 hold. */
    public static int compute(byte[] packet, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(packet, offset, 8);
        crc.update(new byte[4], 0, 4);
        crc.update(packet, offset + 12, length - 12);
        return (int) crc.getValue();
    }

    /** Reads the checksum field in wire order (least significant byte first). */
    public static int read(byte[] packet, int offset) {
        return (packet[offset + 8] & 0xff) | ((packet[offset + 9] & 0xff) << 8)
                | ((packet[offset + 10] & 0xff) << 16) | ((packet[offset + 11] & 0xff) << 24);
    }

    public static void write(byte[] packet, int offset, int checksum) {
        packet[offset + 8] = (byte) checksum;
        packet[offset + 9] = (byte) (checksum >>> 8);
        packet[offset + 10] = (byte) (checksum >>> 16);
        packet[offset + 11] = (byte) (checksum >>> 24);
    }
}
