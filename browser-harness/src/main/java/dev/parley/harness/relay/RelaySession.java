package dev.parley.harness.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection as the relay sees it: where its frames go, and under which peer name it
 * joined each room. A connection may join several rooms, with a name per room.
 *
 * <p>Outbound frames go to a plain {@code Consumer<String>}, so handlers run without sockets in tests.
 */
public final class RelaySession {
    private static final Logger LOG = LoggerFactory.getLogger(RelaySession.class);
    private final String id;
    private final Consumer<String> outbound;
    private final Map<String, String> peerNameByRoom = new ConcurrentHashMap<>();

    RelaySession(String id, Consumer<String> outbound) {
        this.id = id;
        this.outbound = outbound;
    }

    /** Identifies the connection in log lines (the remote address for a WebSocket). */
    public String id() {
        return id;
    }

    /** The name this connection joined the room as, if it joined it. */
    public Optional<String> peerName(String room) {
        return Optional.ofNullable(peerNameByRoom.get(room));
    }

    /** The rooms this connection has joined. */
    public Set<String> rooms() {
        return Set.copyOf(peerNameByRoom.keySet());
    }

    /** Sends one JSON message to this connection. */
    public void send(ObjectNode message) {
        sendText(RelayJson.write(message));
    }

    /** Sends an error reply, {"type":"error","code":...,"message":...[,"room":...]}, and logs it. */
    public void sendError(RelayError error, String message, String room) {
        LOG.warn("relay rejected a message from {}: {} ({})", id, error.code(), message);
        ObjectNode reply = RelayJson.object().put("type", "error").put("code", error.code()).put("message", message);
        if (room != null) {
            reply.put("room", room);
        }
        send(reply);
    }

    void sendText(String text) {
        outbound.accept(text);
    }

    void joined(String room, String peerName) {
        peerNameByRoom.put(room, peerName);
    }

    void left(String room) {
        peerNameByRoom.remove(room);
    }

    @Override
    public String toString() {
        return "RelaySession[" + id + " " + peerNameByRoom + "]";
    }
}
