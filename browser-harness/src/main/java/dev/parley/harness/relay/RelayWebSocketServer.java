package dev.parley.harness.relay;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.java_websocket.WebSocket;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The thin I/O driver: Java-WebSocket callbacks in, {@link RelayDispatcher} calls out. */
final class RelayWebSocketServer extends WebSocketServer {
    private static final Logger LOG = LoggerFactory.getLogger(RelayWebSocketServer.class);

    private final RelayDispatcher dispatcher;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicReference<Exception> startFailure = new AtomicReference<>();

    RelayWebSocketServer(InetSocketAddress address, RelaySettings settings, RelayDispatcher dispatcher) {
        super(address, 1, List.of(new Draft_6455(List.of(), settings.maxFrameBytes())));
        this.dispatcher = dispatcher;
        setReuseAddr(true);
        setDaemon(true);
    }

    CountDownLatch started() {
        return started;
    }

    Exception startFailure() {
        return startFailure.get();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        RelaySession session = new RelaySession(String.valueOf(conn.getRemoteSocketAddress()), text -> {
            if (conn.isOpen()) {
                conn.send(text);
            }
        });
        conn.setAttachment(session);
        LOG.debug("relay: {} connected", session.id());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        dispatcher.onText(conn.getAttachment(), message);
    }

    @Override
    public void onMessage(WebSocket conn, ByteBuffer message) {
        dispatcher.onBinary(conn.getAttachment(), message.remaining());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        RelaySession session = conn.getAttachment();
        if (session != null) {
            LOG.debug("relay: {} disconnected ({} {})", session.id(), code, reason);
            dispatcher.onClose(session);
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn == null) {
            startFailure.compareAndSet(null, ex);
            started.countDown();
            LOG.error("relay server failed", ex);
        } else {
            LOG.warn("relay: connection {} failed: {}", conn.getRemoteSocketAddress(), ex.toString());
        }
    }
}
