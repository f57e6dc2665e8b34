package dev.parley.peer.dtls;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.tls.DatagramTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.peer.ice.PacketTransport;

/**
 * Adapts a push-style {@link PacketTransport} to BouncyCastle's pull-style DatagramTransport.
 * Datagrams are queued from the moment this adapter exists, so a ClientHello that arrives before
 * the handshake starts (the remote answer's DTLS client can be quick) is kept, not lost.
 */
final class PacketDatagramTransport implements DatagramTransport {

    private static final Logger LOG = LoggerFactory.getLogger(PacketDatagramTransport.class);
    /** Bounded so a stalled handshake cannot grow memory; a DTLS flight is a handful of datagrams. */
    private static final int QUEUE_CAPACITY = 1024;
    private static final byte[] CLOSED_MARKER = new byte[0];

    private final PacketTransport lower;
    private final int sendLimit;
    private final int receiveLimit;
    private final BlockingQueue<byte[]> incoming = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private volatile boolean closed;

    PacketDatagramTransport(PacketTransport lower, int sendLimit, int receiveLimit) {
        this.lower = lower;
        this.sendLimit = sendLimit;
        this.receiveLimit = receiveLimit;
        lower.setReceiver(this::enqueue);
    }

    private void enqueue(byte[] datagram) {
        if (closed) {
            return;
        }
        if (datagram.length > receiveLimit) {
            LOG.debug("dropping {}-byte datagram above the receive limit", datagram.length);
            return;
        }
        if (!incoming.offer(datagram)) {
            LOG.debug("DTLS receive queue full, dropping a {}-byte datagram", datagram.length);
        }
    }

    @Override
    public int getReceiveLimit() {
        return receiveLimit;
    }

    @Override
    public int getSendLimit() {
        return sendLimit;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("transport closed");
        }
        byte[] datagram;
        try {
            datagram = incoming.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted waiting for a datagram");
        }
        if (datagram == null) {
            return -1;
        }
        if (datagram == CLOSED_MARKER) {
            throw new IOException("transport closed");
        }
        int length = Math.min(len, datagram.length);
        System.arraycopy(datagram, 0, buf, off, length);
        return length;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("transport closed");
        }
        lower.send(buf, off, len);
    }

    /** Stops delivery and wakes a blocked {@link #receive}; the lower transport stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        lower.setReceiver(null);
        incoming.clear();
        incoming.offer(CLOSED_MARKER);
    }
}
