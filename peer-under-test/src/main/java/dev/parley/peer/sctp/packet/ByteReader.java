package dev.parley.peer.sctp.packet;

import java.util.Arrays;

/**
 * Bounds-checked big-endian reader over a slice of a byte array. Every read past the end becomes a
 * {@link SctpParseException}, so parsers never see an {@link IndexOutOfBoundsException}.
 */
public final class ByteReader {
    private final byte[] data;
    private int position;
    private final int limit;

    public ByteReader(byte[] data) {
        this(data, 0, data.length);
    }

    public ByteReader(byte[] data, int offset, int length) {
        this.data = data;
        this.position = offset;
        this.limit = offset + length;
    }

    public int remaining() {
        return limit - position;
    }

    public int position() {
        return position;
    }

    private void require(int n, String what) throws SctpParseException {
        if (n < 0 || remaining() < n) {
            throw new SctpParseException("truncated " + what + ": need " + n + " bytes, have " + remaining());
        }
    }

    public int u8(String what) throws SctpParseException {
        require(1, what);
        return data[position++] & 0xff;
    }

    public int u16(String what) throws SctpParseException {
        require(2, what);
        int v = ((data[position] & 0xff) << 8) | (data[position + 1] & 0xff);
        position += 2;
        return v;
    }

    /** Reads 32 bits; the caller decides whether the value is signed or an unsigned serial number. */
    public int u32(String what) throws SctpParseException {
        require(4, what);
        int v = ((data[position] & 0xff) << 24) | ((data[position + 1] & 0xff) << 16)
                | ((data[position + 2] & 0xff) << 8) | (data[position + 3] & 0xff);
        position += 4;
        return v;
    }

    public long u64(String what) throws SctpParseException {
        long hi = u32(what) & 0xffffffffL;
        long lo = u32(what) & 0xffffffffL;
        return (hi << 32) | lo;
    }

    public byte[] bytes(int n, String what) throws SctpParseException {
        require(n, what);
        byte[] out = Arrays.copyOfRange(data, position, position + n);
        position += n;
        return out;
    }

    public byte[] rest() {
        byte[] out = Arrays.copyOfRange(data, position, limit);
        position = limit;
        return out;
    }

    public void skip(int n, String what) throws SctpParseException {
        require(n, what);
        position += n;
    }

    /** A reader over the next {@code n} bytes; this reader moves past them. */
    public ByteReader slice(int n, String what) throws SctpParseException {
        require(n, what);
        ByteReader sub = new ByteReader(data, position, n);
        position += n;
        return sub;
    }

    /** Skips up to {@code n} padding bytes, tolerating a final unpadded element (RFC 9260 3.2). */
    public void skipPadding(int n) {
        position += Math.min(n, remaining());
    }
}
