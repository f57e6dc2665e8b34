package dev.parley.peer.sctp;

/**
 * Serial number arithmetic (RFC 1982) for SCTP's 32-bit TSNs and MIDs and 16-bit SSNs. Internally the
 * stack keeps them "unwrapped" as longs that never wrap; these helpers convert the wire value back
 * to the unwrapped value nearest a reference.
 */
public final class SerialNumbers {
    private SerialNumbers() {
    }

    /** The unwrapped value of a 32-bit wire number, within 2^31 of {@code reference}. */
    public static long unwrap32(long reference, int wire) {
        return reference + (int) (wire - (int) reference);
    }

    /** The unwrapped value of a 16-bit wire number, within 2^15 of {@code reference}. */
    public static long unwrap16(long reference, int wire) {
        return reference + (short) (wire - (int) reference);
    }

    /** The unsigned 32-bit value as a non-negative long. */
    public static long unsigned(int value) {
        return value & 0xffffffffL;
    }
}
