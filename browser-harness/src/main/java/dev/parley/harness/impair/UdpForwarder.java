package dev.parley.harness.impair;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.DelayQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user-space UDP path between two peers, side A and side B, that delays, loses, reorders and
 * rate-limits packets as an {@link Impairment} says (each way), because this kernel has no netem.
 *
 * <p>Every real address of a peer (each ICE candidate, and each address packets come from) gets a
 * socket of its own here, its <em>front</em>: the other peer is told the front's address instead of
 * the real one. A packet arriving at the front of real address R, from source X, goes to R, sent
 * from the front of X; so the receiver sees it come from the address it was told about, and its
 * answer, sent to the front of X, goes back to X from the front of R. Fronts for sources nobody
 * announced (peer-reflexive addresses) are opened when their first packet arrives, which is how the
 * return path is learned. ICE checks, STUN consent, DTLS, SCTP and RTP all take the same way.
 *
 * <p>One thread receives on every front (a selector), one sends packets when they are due.
 */
public final class UdpForwarder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpForwarder.class);
    /** Thread names start with this, so a test can check that none is left after close. */
    public static final String THREAD_PREFIX = "parley-udp-forwarder";
    private static final int MAX_DATAGRAM = 65_535;
    private static final int SOCKET_BUFFER = 1 << 20;
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(2);

    /** The two peers a forwarder stands between. */
    public enum Side {
        A, B;

        Side other() {
            return this == A ? B : A;
        }
    }

    /** The socket standing for one real address of one side's peer. */
    private record Front(Side owner, InetSocketAddress real, DatagramChannel channel, InetSocketAddress address) {
    }

    private final InetAddress bindAddress;
    private final Impairment impairment;
    private final Selector selector;
    private final Map<InetSocketAddress, Front> frontsByReal = new ConcurrentHashMap<>();
    private final Map<Side, PathShaper> pathTowards;
    private final DelayQueue<Datagram> due = new DelayQueue<>();
    private final Thread receiver;
    private final Thread sender;
    private volatile boolean closed;
    private long sequence;

    private UdpForwarder(InetAddress bindAddress, Impairment impairment) throws IOException {
        this.bindAddress = bindAddress;
        this.impairment = impairment;
        this.selector = Selector.open();
        this.pathTowards = Map.of(Side.A, new PathShaper(impairment, impairment.seed() * 2),
                Side.B, new PathShaper(impairment, impairment.seed() * 2 + 1));
        String name = THREAD_PREFIX + "-" + bindAddress.getHostAddress();
        this.receiver = new Thread(this::receiveLoop, name + "-rx");
        this.sender = new Thread(this::sendLoop, name + "-tx");
        receiver.setDaemon(true);
        sender.setDaemon(true);
    }

    /** Starts a forwarder whose fronts are bound to the given address (one both peers can reach). */
    public static UdpForwarder start(InetAddress bindAddress, Impairment impairment) {
        try {
            UdpForwarder forwarder = new UdpForwarder(bindAddress, impairment);
            forwarder.receiver.start();
            forwarder.sender.start();
            LOG.info("UDP forwarder on {} started: {}", bindAddress.getHostAddress(),
                    impairment.isNone() ? "no impairment" : impairment);
            return forwarder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the UDP forwarder on " + bindAddress, e);
        }
    }

    public Impairment impairment() {
        return impairment;
    }

    public InetAddress bindAddress() {
        return bindAddress;
    }

    /**
     * The forwarder's address standing for {@code real}, an address of {@code owner}'s peer; the other
     * peer must be told this address instead. Opens the front on first use.
     */
    public InetSocketAddress front(Side owner, InetSocketAddress real) {
        if (closed) {
            throw new IllegalStateException("the UDP forwarder is closed");
        }
        Front front = frontsByReal.computeIfAbsent(real, r -> open(owner, r));
        if (front.owner != owner) {
            LOG.warn("{} belongs to side {}, not {}: both peers use one address", real, front.owner, owner);
        }
        return front.address;
    }

    /** Every front opened so far: real address -> forwarder address. */
    public Map<InetSocketAddress, InetSocketAddress> fronts() {
        Map<InetSocketAddress, InetSocketAddress> result = new LinkedHashMap<>();
        frontsByReal.forEach((real, front) -> result.put(real, front.address));
        return result;
    }

    public ForwarderStats stats() {
        return new ForwarderStats(pathTowards.get(Side.A).stats(), pathTowards.get(Side.B).stats());
    }

    private Front open(Side owner, InetSocketAddress real) {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER);
            channel.bind(new InetSocketAddress(bindAddress, 0));
            channel.configureBlocking(false);
            InetSocketAddress address = (InetSocketAddress) channel.getLocalAddress();
            Front front = new Front(owner, real, channel, address);
            channel.register(selector, SelectionKey.OP_READ, front);
            selector.wakeup();
            LOG.debug("front {} for {} of side {}", address, real, owner);
            return front;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot open a forwarder socket on " + bindAddress.getHostAddress()
                    + " for " + real, e);
        }
    }

    private void receiveLoop() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
        try {
            while (!closed) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    drain(key, buffer);
                }
                selector.selectedKeys().clear();
            }
        } catch (ClosedSelectorException e) {
            LOG.debug("forwarder selector closed");
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.error("UDP forwarder receive loop failed; the path is now down", e);
            }
        }
    }

    private void drain(SelectionKey key, ByteBuffer buffer) {
        Front front = (Front) key.attachment();
        while (key.isValid()) {
            SocketAddress source;
            try {
                buffer.clear();
                source = front.channel.receive(buffer);
            } catch (IOException e) {
                LOG.debug("receive on {} failed: {}", front.address, e.toString());
                return;
            }
            if (source == null) {
                return;
            }
            buffer.flip();
            accept(front, (InetSocketAddress) source, buffer);
        }
    }

    /** A packet for {@code to}'s real address came from {@code source}: shape it and queue it. */
    private void accept(Front to, InetSocketAddress source, ByteBuffer packet) {
        PathShaper path = pathTowards.get(to.owner);
        long arrival = path.arrivalNanos(packet.remaining(), System.nanoTime());
        if (arrival < 0) {
            return;
        }
        Front via;
        try {
            via = frontsByReal.computeIfAbsent(source, s -> open(to.owner.other(), s));
        } catch (UncheckedIOException e) {
            LOG.warn("dropping a packet from {}: {}", source, e.getMessage());
            path.delivered(false);
            return;
        }
        byte[] payload = new byte[packet.remaining()];
        packet.get(payload);
        due.add(new Datagram(payload, via.channel, to.real, path, arrival, sequence++));
    }

    private void sendLoop() {
        try {
            while (!closed) {
                Datagram d = due.take();
                d.path().delivered(send(d));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean send(Datagram d) {
        try {
            // Non-blocking: a full socket buffer drops the packet as a full router queue would.
            return d.via().send(ByteBuffer.wrap(d.payload()), d.to()) > 0;
        } catch (IOException e) {
            if (!closed) {
                LOG.debug("send to {} failed: {}", d.to(), e.toString());
            }
            return false;
        }
    }

    /** Stops both threads and closes every front, so their ports are free when this returns. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sender.interrupt();
        try {
            selector.close();
        } catch (IOException e) {
            LOG.debug("closing the selector: {}", e.toString());
        }
        join(receiver);
        join(sender);
        for (Front front : List.copyOf(frontsByReal.values())) {
            closeQuietly(front.channel);
        }
        frontsByReal.clear();
        due.clear();
        LOG.info("UDP forwarder on {} closed: {}", bindAddress.getHostAddress(), stats());
    }

    private static void join(Thread thread) {
        try {
            thread.join(JOIN_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("{} did not stop within {} ms", thread.getName(), JOIN_TIMEOUT.toMillis());
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("closing a forwarder socket: {}", e.toString());
        }
    }
}
