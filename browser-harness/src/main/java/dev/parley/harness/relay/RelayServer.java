package dev.parley.harness.relay;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signaling relay: a WebSocket server on 127.0.0.1 and a free port, where peers join rooms
 * and exchange offer, answer, candidate and bye messages, exactly like a real app's signaling
 * server. Every relayed message is recorded for the report. The protocol is in
 * browser-harness/README.md, "Signaling relay protocol".
 *
 * <pre>{@code
 * try (RelayServer relay = RelayServer.start()) {
 *     RelayClient alice = RelayClient.connect(relay.uri(), "room-1", "alice");
 *     ...
 *     List<RelayedMessage> log = relay.recorded("room-1");
 * }
 * }</pre>
 */
public final class RelayServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RelayServer.class);
    private static final int STOP_TIMEOUT_MILLIS = 2000;

    private final RelayWebSocketServer server;
    private final Rooms rooms;
    private final URI uri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RelayServer(RelayWebSocketServer server, Rooms rooms, URI uri) {
        this.server = server;
        this.rooms = rooms;
        this.uri = uri;
    }

    /** Starts a relay with {@link RelaySettings#defaults()}. */
    public static RelayServer start() {
        return start(RelaySettings.defaults());
    }

    /** Starts a relay on 127.0.0.1 and a free port; returns once the port is bound. */
    public static RelayServer start(RelaySettings settings) {
        Rooms rooms = new Rooms(settings.clock());
        RelayDispatcher dispatcher = new RelayDispatcher(rooms, settings);
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        RelayWebSocketServer server = new RelayWebSocketServer(address, settings, dispatcher);
        server.start();
        boolean bound;
        try {
            bound = server.started().await(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopQuietly(server);
            throw new RelayException("interrupted while starting the relay", e);
        }
        if (!bound || server.startFailure() != null) {
            stopQuietly(server);
            throw new RelayException(bound
                    ? "the relay could not bind 127.0.0.1: " + server.startFailure()
                    : "the relay did not bind 127.0.0.1 within " + settings.startTimeout(), server.startFailure());
        }
        URI uri = URI.create("ws://127.0.0.1:" + server.getPort());
        LOG.info("relay listening on {}", uri);
        return new RelayServer(server, rooms, uri);
    }

    /** ws://127.0.0.1:PORT */
    public URI uri() {
        return uri;
    }

    /** The messages relayed in the room so far, in relay order; empty for a room never used. */
    public List<RelayedMessage> recorded(String room) {
        return rooms.recorded(room);
    }

    /** Forgets the room's recorded messages (membership is unchanged). */
    public void clearRecorded(String room) {
        rooms.clearRecorded(room);
    }

    /** Closes every connection, releases the port and stops the relay's threads; a second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stopQuietly(server);
        LOG.info("relay on {} closed", uri);
    }

    private static void stopQuietly(RelayWebSocketServer server) {
        try {
            server.stop(STOP_TIMEOUT_MILLIS, "relay closing");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("interrupted while stopping the relay");
        }
    }
}
