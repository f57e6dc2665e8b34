package dev.parley.peer.ice;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * What a layer sees of the layer below it: datagrams out, datagrams of one kind in. DTLS runs on
 * the DTLS share of an {@link RTCIceTransport} through this interface, and on an in-memory pair
 * in unit tests.
 */
public interface PacketTransport {

    /** Sends one datagram; never blocks for the peer. */
    void send(byte[] data, int offset, int length) throws IOException;

    /**
     * Sets who gets incoming datagrams (each a fresh array the receiver owns); {@code null}
     * stops delivery. Called on the transport's I/O thread: receivers must hand off, not block.
     */
    void setReceiver(Consumer<byte[]> receiver);
}
