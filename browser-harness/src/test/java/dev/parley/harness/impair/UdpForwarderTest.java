package dev.parley.harness.impair;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import dev.parley.harness.impair.UdpForwarder.Side;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

/** The forwarder between two plain UDP endpoints on loopback, inside the test network. */
public class UdpForwarderTest {
    private static final Logger LOG = LoggerFactory.getLogger(UdpForwarderTest.class);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @Test
    public void packetsComeFromTheFrontOfTheSenderAndRepliesFindTheirWayBack() throws Exception {
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.none());
             DatagramSocket a = socket(); DatagramSocket b = socket()) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));
            InetSocketAddress frontOfA = forwarder.front(Side.A, address(a));

            a.send(packet("ping", frontOfB));
            DatagramPacket atB = receive(b);
            assertEquals(text(atB), "ping");
            assertEquals(atB.getSocketAddress(), frontOfA, "B must see the packet come from A's front");

            b.send(packet("pong", (InetSocketAddress) atB.getSocketAddress()));
            DatagramPacket atA = receive(a);
            assertEquals(text(atA), "pong");
            assertEquals(atA.getSocketAddress(), frontOfB, "A must see the reply come from B's front");
        }
    }

    @Test
    public void anUnannouncedSourceGetsAFrontOfItsOwnAndItsRepliesReachIt() throws Exception {
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.none());
             DatagramSocket reflexive = socket(); DatagramSocket b = socket()) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));

            reflexive.send(packet("check", frontOfB));
            DatagramPacket atB = receive(b);
            InetSocketAddress learned = (InetSocketAddress) atB.getSocketAddress();
            assertEquals(forwarder.fronts().get(address(reflexive)), learned);

            b.send(packet("answer", learned));
            DatagramPacket back = receive(reflexive);
            assertEquals(text(back), "answer");
            assertEquals(back.getSocketAddress(), frontOfB);
        }
    }

    @Test
    public void fiftyMillisecondsEachWayMakeARoundTripOfAtLeastOneHundred() throws Exception {
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.parse("delay=50ms"));
             DatagramSocket a = socket(); DatagramSocket b = socket()) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));
            forwarder.front(Side.A, address(a));
            List<Long> rtts = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long start = System.nanoTime();
                a.send(packet("ping" + i, frontOfB));
                DatagramPacket atB = receive(b);
                b.send(packet("pong" + i, (InetSocketAddress) atB.getSocketAddress()));
                assertEquals(text(receive(a)), "pong" + i);
                rtts.add((System.nanoTime() - start) / 1_000_000);
            }
            rtts.sort(null);
            LOG.info("RTT through the forwarder at delay=50ms each way, ms: {}", rtts);
            assertTrue(rtts.get(0) >= 100, "shortest RTT " + rtts.get(0) + " ms < 100 ms");
            assertTrue(rtts.get(rtts.size() / 2) < 150, "median RTT " + rtts.get(rtts.size() / 2) + " ms");
        }
    }

    @Test
    public void tenPercentLossDropsAboutOneInTenOfTenThousandPackets() throws Exception {
        int count = 10_000;
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.parse("loss=10%,seed=7"));
             DatagramSocket a = socket(); DatagramSocket b = socket(); Counter atB = new Counter(b)) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));
            for (int i = 0; i < count; i++) {
                a.send(packet("n" + i, frontOfB));
                if (i % 100 == 99) {
                    // Paced by what arrived, so no socket buffer overflows and only the forwarder loses.
                    int sentSoFar = i + 1;
                    await(() -> atB.packets.get() + forwarder.stats().towardsB().lost() >= sentSoFar - 200);
                }
            }
            await(() -> atB.packets.get() + forwarder.stats().towardsB().lost() == count);
            double measured = 100.0 * (count - atB.packets.get()) / count;
            LOG.info("loss=10% over {} packets: {}% lost", count, measured);
            assertEquals(forwarder.stats().towardsB().received(), count);
            assertTrue(Math.abs(measured - 10.0) < 1.0, "measured loss " + measured + "%");
        }
    }

    @Test
    public void heldBackPacketsAreOvertakenButAllArrive() throws Exception {
        int count = 200;
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.parse("reorder=25%,seed=3"));
             DatagramSocket a = socket(); DatagramSocket b = socket()) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));
            for (int i = 0; i < count; i++) {
                a.send(packet(Integer.toString(i), frontOfB));
                Thread.sleep(0, 200_000);
            }
            int[] order = new int[count];
            for (int i = 0; i < count; i++) {
                order[i] = Integer.parseInt(text(receive(b)));
            }
            int[] sorted = order.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[0], 0);
            assertEquals(sorted[count - 1], count - 1, "every packet arrives once");
            assertNotEquals(order, sorted, "some packets must arrive out of order");
        }
    }

    @Test
    public void atZeroImpairmentEightMebibytesTakeUnderASecond() throws Exception {
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.none());
             DatagramSocket a = socket(); DatagramSocket b = socket()) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));
            forwarder.front(Side.A, address(a));
            Transfer.run(a, b, frontOfB, 1 << 20, 128); // warm-up: JIT, socket buffers
            long millis = Transfer.run(a, b, frontOfB, 8 << 20, 128);
            LOG.info("8 MiB through the forwarder at zero impairment in {} ms", millis);
            assertTrue(millis < 1_500, "8 MiB took " + millis + " ms");
        }
    }

    @Test
    public void eightMegabitsASecondCarryOneMebibyteInAboutOneSecond() throws Exception {
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.parse("rate=8mbit"));
             DatagramSocket a = socket(); DatagramSocket b = socket()) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));
            forwarder.front(Side.A, address(a));
            // 64 packets in flight: 77 kB, under the 100 kB the 100 ms queue holds at this rate.
            long millis = Transfer.run(a, b, frontOfB, 1 << 20, 64);
            LOG.info("1 MiB through the forwarder at rate=8mbit in {} ms", millis);
            // 1 MiB of 1200-byte payloads at 1,000,000 bytes/s: 1.05 s.
            assertTrue(millis >= 950 && millis < 1_600, "1 MiB took " + millis + " ms");
            assertEquals(forwarder.stats().towardsB().overflowed(), 0);
        }
    }

    @Test
    public void closeFreesEveryPortAndStopsItsThreads() throws Exception {
        List<InetSocketAddress> fronts;
        try (UdpForwarder forwarder = UdpForwarder.start(LOOPBACK, Impairment.parse("delay=20ms"));
             DatagramSocket a = socket(); DatagramSocket b = socket()) {
            InetSocketAddress frontOfB = forwarder.front(Side.B, address(b));
            forwarder.front(Side.A, address(a));
            a.send(packet("in flight at close", frontOfB));
            fronts = List.copyOf(forwarder.fronts().values());
            forwarder.close();
            assertThrows(IllegalStateException.class, () -> forwarder.front(Side.A, address(a)));
        }
        for (InetSocketAddress front : fronts) {
            try (DatagramSocket rebound = new DatagramSocket(front)) {
                assertEquals(rebound.getLocalPort(), front.getPort());
            }
        }
        List<String> left = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .filter(n -> n.startsWith(UdpForwarder.THREAD_PREFIX)).toList();
        assertEquals(left, List.of(), "forwarder threads still alive");
    }

    /** A windowed one-way transfer: A sends numbered 1200-byte packets, B acknowledges every 32nd. */
    private static final class Transfer {
        private static final int PAYLOAD = 1200;
                private static final int ACK_EVERY = 32;

        /** @param window packets in flight at most; under a rate limit keep it below the 100 ms queue */
        static long run(DatagramSocket a, DatagramSocket b, InetSocketAddress frontOfB, int bytes, int window)
                throws Exception {
            int packets = (bytes + PAYLOAD - 1) / PAYLOAD;
            AtomicLong acked = new AtomicLong();
            Thread receiver = new Thread(() -> receiveAndAck(b, packets), "transfer-receiver");
            Thread ackReader = new Thread(() -> readAcks(a, packets, acked), "transfer-acks");
            long start = System.nanoTime();
            receiver.start();
            ackReader.start();
            byte[] payload = new byte[PAYLOAD];
            for (int i = 0; i < packets; i++) {
                while (i - acked.get() >= window) {
                    Thread.onSpinWait();
                    if (System.nanoTime() - start > 10_000_000_000L) {
                        throw new AssertionError("transfer stalled at packet " + i + ", acked " + acked.get());
                    }
                }
                ByteBuffer.wrap(payload).putInt(i);
                a.send(new DatagramPacket(payload, PAYLOAD, frontOfB));
            }
            receiver.join(10_000);
            ackReader.join(10_000);
            assertEquals(acked.get(), packets, "every packet acknowledged");
            return (System.nanoTime() - start) / 1_000_000;
        }

        private static void receiveAndAck(DatagramSocket b, int packets) {
            byte[] buffer = new byte[2048];
            DatagramPacket in = new DatagramPacket(buffer, buffer.length);
            try {
                for (int got = 1; got <= packets; got++) {
                    b.receive(in);
                    if (got % ACK_EVERY == 0 || got == packets) {
                        byte[] ack = ByteBuffer.allocate(4).putInt(got).array();
                        b.send(new DatagramPacket(ack, 4, in.getSocketAddress()));
                    }
                }
            } catch (IOException e) {
                LOG.warn("transfer receiver stopped: {}", e.toString());
            }
        }

        private static void readAcks(DatagramSocket a, int packets, AtomicLong acked) {
            byte[] buffer = new byte[16];
            DatagramPacket in = new DatagramPacket(buffer, buffer.length);
            try {
                while (acked.get() < packets) {
                    a.receive(in);
                    acked.set(ByteBuffer.wrap(buffer).getInt());
                }
            } catch (IOException e) {
                LOG.warn("transfer ack reader stopped: {}", e.toString());
            }
        }
    }

    /** Counts what a socket receives, on a thread of its own. */
    private static final class Counter implements AutoCloseable {
        final AtomicLong packets = new AtomicLong();
        private final Thread thread;
        private volatile boolean stop;

        Counter(DatagramSocket socket) throws IOException {
            socket.setSoTimeout(100);
            thread = new Thread(() -> {
                DatagramPacket in = new DatagramPacket(new byte[2048], 2048);
                while (!stop) {
                    try {
                        socket.receive(in);
                        packets.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // poll stop again
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "counter");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            stop = true;
            thread.join(5_000);
        }
    }

    private interface Condition {
        boolean holds();
    }

    private static void await(Condition condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(1);
        }
    }

    private static DatagramSocket socket() throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
        socket.setSoTimeout(5_000);
        socket.setReceiveBufferSize(1 << 20);
        return socket;
    }

    private static InetSocketAddress address(DatagramSocket socket) {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private static DatagramPacket packet(String text, InetSocketAddress to) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new DatagramPacket(bytes, bytes.length, to);
    }

    private static DatagramPacket receive(DatagramSocket socket) throws IOException {
        DatagramPacket in = new DatagramPacket(new byte[2048], 2048);
        socket.receive(in);
        return in;
    }

    private static String text(DatagramPacket p) {
        return new String(p.getData(), p.getOffset(), p.getLength(), StandardCharsets.UTF_8);
    }
}
