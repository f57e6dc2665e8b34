package dev.parley.harness.impair;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/**
 * tbf between this namespace and the second host (the wrapper's with PARLEY_TWO_HOSTS=1, else one made
 * for this class), measured by what arrives on the second host's ct1.
 */
@Test(groups = TestNetworkGroup.NAME)
public class RateLimitTest {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitTest.class);
    private static final int PAYLOAD = 1200;
    private SecondHost host;

    @BeforeClass(groups = TestNetworkGroup.NAME)
    public void startSecondHost() {
        host = SecondHost.start();
    }

    @AfterClass(groups = TestNetworkGroup.NAME, alwaysRun = true)
    public void stopSecondHost() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    public void theSecondHostIsAcrossTheVeth() {
        assertTrue(host.run("ip", "-br", "addr", "show", "dev", SecondHost.DEVICE).contains("10.213.0.2/24"));
        assertFalse(Shell.check(List.of("ip", "-br", "link")).contains(SecondHost.DEVICE + "@"),
                "ct1 must not be in this namespace");
    }

    @Test
    public void eightMegabitsArriveAtAboutAMegabyteASecondAndTheQdiscsGoOnClose() throws Exception {
        double unlimited = bytesPerSecondArriving();
        double limited;
        try (RateLimit limit = RateLimit.betweenHosts(8_000_000, host)) {
            assertTrue(Shell.check(List.of("tc", "qdisc", "show", "dev", SecondHost.LOCAL_DEVICE)).contains("tbf"));
            assertTrue(host.run("tc", "qdisc", "show", "dev", SecondHost.DEVICE).contains("tbf"));
            limited = bytesPerSecondArriving();
        }
        LOG.info("UDP to the second host: {} MB/s unlimited, {} MB/s under tbf 8mbit",
                String.format("%.2f", unlimited / 1e6), String.format("%.2f", limited / 1e6));
        assertFalse(Shell.check(List.of("tc", "qdisc", "show", "dev", SecondHost.LOCAL_DEVICE)).contains("tbf"));
        assertFalse(host.run("tc", "qdisc", "show", "dev", SecondHost.DEVICE).contains("tbf"));
        // 8 Mbit/s is 1,000,000 B/s on the wire, Ethernet, IP and UDP headers included.
        assertTrue(limited > 850_000 && limited < 1_150_000, "limited to " + limited + " B/s");
        assertTrue(unlimited > 3 * limited, "unlimited only " + unlimited + " B/s");
    }

    @Test
    public void aRateUnderEightKilobitsIsRejected() {
        assertEquals(expectIllegal(() -> RateLimit.betweenHosts(1000, host)), "rate must be at least 8kbit, not 1000 bit/s");
    }

    private static String expectIllegal(Runnable r) {
        try {
            r.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    /**
     * Offers ~12 MB/s of UDP to a closed port on the second host for 1.6 s and returns the rate at which
     * bytes arrive on its ct1 over the last second (the first 0.6 s fill tbf's queue and burst).
     */
    private double bytesPerSecondArriving() throws IOException, InterruptedException {
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress("10.213.0.1", 0))) {
            InetSocketAddress discard = new InetSocketAddress(host.address(), 9);
            byte[] payload = new byte[PAYLOAD];
            long start = System.nanoTime();
            long startBytes = -1;
            long startAt = 0;
            while (true) {
                long elapsed = System.nanoTime() - start;
                if (startBytes < 0 && elapsed > 600_000_000L) {
                    startBytes = host.receivedBytes();
                    startAt = System.nanoTime();
                }
                if (elapsed > 1_600_000_000L) {
                    long bytes = host.receivedBytes() - startBytes;
                    return bytes * 1e9 / (System.nanoTime() - startAt);
                }
                for (int i = 0; i < 100; i++) {
                    send(socket, new DatagramPacket(payload, PAYLOAD, discard));
                }
                Thread.sleep(10);
            }
        }
    }

    private static void send(DatagramSocket socket, DatagramPacket packet) {
        try {
            socket.send(packet);
        } catch (IOException e) {
            // A full tbf queue may refuse the packet (ENOBUFS): that is the limit at work.
        }
    }
}
