package dev.parley.harness.relay;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.testng.annotations.Test;

public class RelayLifecycleTest extends RelayTestSupport {

    @Test
    public void theRelayListensOnLoopbackAtAFreePort() {
        startRelay();

        URI uri = relay.uri();
        assertEquals(uri.getScheme(), "ws");
        assertEquals(uri.getHost(), "127.0.0.1");
        assertTrue(uri.getPort() > 0, uri.toString());
    }

    @Test
    public void twoRelaysGetTwoDifferentPorts() {
        try (RelayServer first = RelayServer.start(); RelayServer second = RelayServer.start()) {
            assertTrue(first.uri().getPort() != second.uri().getPort(), first.uri() + " vs " + second.uri());
        }
    }

    @Test
    public void closeReleasesThePortAndTheRelaysThreads() throws IOException, InterruptedException {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        RelayServer server = RelayServer.start();
        int port = server.uri().getPort();
        RelayClient alice = RelayClient.connect(server.uri(), "room-1", "alice");

        server.close();
        alice.close();

        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
        assertEquals(threadsStartedSince(before, Duration.ofSeconds(5)), Set.of());
    }

    @Test
    public void clientsAreToldWhenTheRelayCloses() {
        RelayServer server = startRelay();
        RelayClient alice = join("room-1", "alice");

        server.close();

        RelayException closed = expectThrows(RelayException.class, () -> alice.next("offer", WAIT));
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
    }

    @Test
    public void connectingWhereNoRelayListensFailsWithTheAddress() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        URI nowhere = URI.create("ws://127.0.0.1:" + freePort);

        RelayException failed = expectThrows(RelayException.class,
                () -> RelayClient.connect(nowhere, "room-1", "alice", Duration.ofSeconds(2)));

        assertTrue(failed.getMessage().contains(nowhere.toString()), failed.getMessage());
    }

    @Test
    public void nextNamesTheExpectedTypeAndWhatCameInsteadOnTimeout() {
        startRelay();
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        bob.send("candidate", Map.of("candidate", "c"));
        barrier(bob, alice);

        RelayTimeoutException timeout = expectThrows(RelayTimeoutException.class,
                () -> alice.next("answer", Duration.ofMillis(100)));

        assertTrue(timeout.getMessage().contains("expected a \"answer\" message within PT0.1S"), timeout.getMessage());
        assertTrue(timeout.getMessage().contains("peer-joined from bob, candidate from bob"), timeout.getMessage());
    }

    @Test
    public void anExtraHandlerServesANewMessageType() {
        startRelay(RelaySettings.defaults().withHandler("ping",
                (sender, message) -> sender.send(RelayJson.object().put("type", "pong"))));
        RelayClient alice = join("room-1", "alice");

        alice.send("ping", Map.of());

        assertEquals(alice.next("pong", WAIT), Map.of("type", "pong"));
    }

    @Test
    public void aBuiltInTypeCannotBeReplacedByAnExtraHandler() {
        RelaySettings settings = RelaySettings.defaults().withHandler("offer", (sender, message) -> { });

        assertThrows(IllegalArgumentException.class, () -> RelayServer.start(settings));
    }

    /** Threads alive now that were not alive before, waiting up to the grace period for them to end. */
    private static Set<String> threadsStartedSince(Set<Thread> before, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        Set<Thread> added;
        do {
            added = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !before.contains(t) && t.isAlive()
                            && (t.getName().startsWith("WebSocket") || t.getName().startsWith("relay-client")))
                    .collect(Collectors.toSet());
            if (added.isEmpty()) {
                break;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        return added.stream().map(Thread::getName).collect(Collectors.toSet());
    }
}
