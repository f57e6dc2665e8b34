package dev.parley.harness.impair;

import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.Test;

/** nft loss inside the test network (the tests run in the namespace of tools/netns/bin/java). */
@Test(groups = TestNetworkGroup.NAME)
public class NftLossTest {
    private static final Logger LOG = LoggerFactory.getLogger(NftLossTest.class);
    private static final Map<String, String> IN_TEST_NETWORK = Map.of("PARLEY_NETNS", "1");

    @Test
    public void tenPercentOfLoopbackUdpIsLostWhileTheTableIsThere() throws Exception {
        try (NftLoss loss = NftLoss.apply(10)) {
            assertTrue(tables().contains("table inet " + NftLoss.TABLE), tables());
            double measured = measureLossPercent(10_000);
            LOG.info("nft loss=10%: {}% of 10000 loopback UDP packets lost", measured);
            assertTrue(Math.abs(measured - 10) < 1.5, "measured loss " + measured + "%");
        }
        assertFalse(tables().contains(NftLoss.TABLE), tables());
        assertTrue(measureLossPercent(2_000) == 0, "loss after the table was removed");
    }

    @Test
    public void applyingTwiceReplacesTheTableAndOneCloseRemovesIt() {
        try (NftLoss first = NftLoss.apply(50)) {
            try (NftLoss second = NftLoss.apply(1)) {
                assertTrue(Shell.check(List.of(NftLoss.NFT, "list", "table", "inet", NftLoss.TABLE))
                        .contains("numgen random mod 10000 < 100 drop"));
            }
            assertFalse(tables().contains(NftLoss.TABLE));
        }
    }

    @Test
    public void aMissingNftSaysWhichPackageToInstall() {
        IllegalStateException e = expectThrows(IllegalStateException.class,
                () -> NftLoss.apply(10, List.of(), "/nonexistent/nft", IN_TEST_NETWORK));
        assertTrue(e.getMessage().contains("install the nftables package"), e.getMessage());
    }

    @Test
    public void itRefusesToRunOutsideTheTestNetwork() {
        IllegalStateException e = expectThrows(IllegalStateException.class,
                () -> NftLoss.apply(10, List.of(), NftLoss.NFT, Map.of()));
        assertTrue(e.getMessage().contains("only runs inside Parley's test network"), e.getMessage());
    }

    @Test
    public void aLossOutsideZeroToHundredIsRejected() {
        expectThrows(IllegalArgumentException.class, () -> NftLoss.apply(0, List.of(), NftLoss.NFT, IN_TEST_NETWORK));
        expectThrows(IllegalArgumentException.class, () -> NftLoss.apply(101, List.of(), NftLoss.NFT, IN_TEST_NETWORK));
    }

    @Test
    public void aDeniedNftSaysItNeedsNetAdmin() {
        // setpriv drops every capability, as for a non-root user.
        IllegalStateException e = expectThrows(IllegalStateException.class, () -> NftLoss.apply(10,
                List.of("setpriv", "--inh-caps=-all", "--bounding-set=-all"), NftLoss.NFT, IN_TEST_NETWORK));
        assertTrue(e.getMessage().contains("needs CAP_NET_ADMIN"), e.getMessage());
    }

    private static String tables() {
        return Shell.check(List.of(NftLoss.NFT, "list", "tables"));
    }

    /** Sends numbered packets over loopback, paced so that no socket buffer overflows; returns % lost. */
    private static double measureLossPercent(int count) throws IOException, InterruptedException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (DatagramSocket sender = new DatagramSocket(new InetSocketAddress(loopback, 0));
             DatagramSocket receiver = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
            receiver.setReceiveBufferSize(1 << 20);
            receiver.setSoTimeout(300);
            byte[] payload = new byte[100];
            int received = 0;
            DatagramPacket in = new DatagramPacket(new byte[200], 200);
            for (int i = 0; i < count; i++) {
                sender.send(new DatagramPacket(payload, payload.length, receiver.getLocalSocketAddress()));
                if (i % 50 == 49) {
                    received += drain(receiver, in, 0);
                }
            }
            received += drain(receiver, in, 300);
            return 100.0 * (count - received) / count;
        }
    }

    /** Receives what is queued; with a timeout, waits that long for stragglers. */
    private static int drain(DatagramSocket socket, DatagramPacket in, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis == 0 ? 1 : timeoutMillis);
        int n = 0;
        try {
            while (true) {
                socket.receive(in);
                n++;
            }
        } catch (SocketTimeoutException e) {
            return n;
        }
    }
}
