package dev.parley.peer.sctp.packet;

import java.util.Arrays;

/** Growable big-endian writer used by every serializer; length fields are patched in place. */
public final class ByteWriter {
    private byte[] buffer;
    private int size;

    public ByteWriter() {
        this(256);
    }

    public ByteWriter(int initialCapacity) {
        buffer = new byte[Math.max(16, initialCapacity)];
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }

    public int size() {
        return size;
    }

    public ByteWriter u8(int v) {
        ensure(1);
        buffer[size++] = (byte) v;
        return this;
    }

    public ByteWriter u16(int v) {
        ensure(2);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
        return this;
    }

    public ByteWriter u32(int v) {
        ensure(4);
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
        return this;
    }

    public ByteWriter u64(long v) {
        u32((int) (v >>> 32));
        return u32((int) v);
    }

    public ByteWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buffer, size, b.length);
        size += b.length;
        return this;
    }

    public ByteWriter bytes(byte[] b, int offset, int length) {
        ensure(length);
        System.arraycopy(b, offset, buffer, size, length);
        size += length;
        return this;
    }

    public void putU16At(int offset, int v) {
        buffer[offset] = (byte) (v >>> 8);
        buffer[offset + 1] = (byte) v;
    }

    public void putU32At(int offset, int v) {
        buffer[offset] = (byte) (v >>> 24);
        buffer[offset + 1] = (byte) (v >>> 16);
        buffer[offset + 2] = (byte) (v >>> 8);
        buffer[offset + 3] = (byte) v;
    }

    /** Zero-pads to a multiple of four bytes; returns the number of bytes added. */
    public int padTo4() {
        int pad = (4 - (size & 3)) & 3;
        ensure(pad);
        for (int i = 0; i < pad; i++) {
            buffer[size++] = 0;
        }
        return pad;
    }

    /** Drops the last {@code n} bytes (used to leave off the final padding inside a chunk). */
    public void truncate(int n) {
        size -= n;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
