package dev.parley.peer.dtls;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.parley.peer.ice.PacketTransport;

/**
 * One end of a lossless in-memory datagram link: what one end sends, the other receives at once,
 * on the sender's thread. Tests can drop datagrams with a filter and see everything sent.
 */
final class InMemoryPacketTransport implements PacketTransport {

    private volatile InMemoryPacketTransport peer;
    private volatile Consumer<byte[]> receiver;
    private volatile Predicate<byte[]> dropOutgoing = datagram -> false;
    final List<byte[]> sent = new CopyOnWriteArrayList<>();

    static InMemoryPacketTransport[] pair() {
        InMemoryPacketTransport a = new InMemoryPacketTransport();
        InMemoryPacketTransport b = new InMemoryPacketTransport();
        a.peer = b;
        b.peer = a;
        return new InMemoryPacketTransport[] {a, b};
    }

    /** An end with nobody on the other side: sends only land in {@link #sent}. */
    static InMemoryPacketTransport unconnected() {
        return new InMemoryPacketTransport();
    }

    void dropOutgoingWhen(Predicate<byte[]> drop) {
        dropOutgoing = drop;
    }

    /** Delivers a datagram to this end's receiver as if the peer had sent it. */
    void inject(byte[] datagram) {
        Consumer<byte[]> target = receiver;
        if (target != null) {
            target.accept(datagram.clone());
        }
    }

    @Override
    public void send(byte[] data, int offset, int length) throws IOException {
        byte[] datagram = java.util.Arrays.copyOfRange(data, offset, offset + length);
        sent.add(datagram);
        InMemoryPacketTransport other = peer;
        if (other != null && !dropOutgoing.test(datagram)) {
            other.inject(datagram);
        }
    }

    @Override
    public void setReceiver(Consumer<byte[]> receiver) {
        this.receiver = receiver;
    }
}
