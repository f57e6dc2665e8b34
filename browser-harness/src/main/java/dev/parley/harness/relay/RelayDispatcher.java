package dev.parley.harness.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one inbound text frame into one handler call: size check, JSON parse, then a lookup in
 * the map from "type" to {@link MessageHandler}. Every rejection is an error reply plus a log line;
 * nothing a client sends can throw out of here.
 */
final class RelayDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RelayDispatcher.class);
    static final List<String> SIGNALING_TYPES = List.of("offer", "answer", "candidate", "bye");

    private final Map<String, MessageHandler> handlers;
    private final Rooms rooms;
    private final int maxMessageBytes;

    RelayDispatcher(Rooms rooms, RelaySettings settings) {
        this.rooms = rooms;
        this.maxMessageBytes = settings.maxMessageBytes();
        Map<String, MessageHandler> map = new HashMap<>();
        map.put("join", new JoinHandler(rooms));
        SignalingHandler signaling = new SignalingHandler(rooms);
        SIGNALING_TYPES.forEach(type -> map.put(type, signaling));
        settings.extraHandlers().forEach((type, handler) -> {
            if (map.containsKey(type)) {
                throw new IllegalArgumentException("message type '" + type + "' is built into the relay");
            }
            map.put(type, handler);
        });
        this.handlers = Map.copyOf(map);
    }

    /** The message types this relay accepts. */
    Set<String> types() {
        return handlers.keySet();
    }

    void onText(RelaySession sender, String text) {
        long bytes = utf8Length(text);
        if (bytes > maxMessageBytes) {
            reject(sender, RelayError.TOO_LARGE, "message of at least " + bytes + " bytes exceeds the limit of " + maxMessageBytes + " bytes", null);
            return;
        }
        JsonNode parsed;
        try {
            parsed = RelayJson.parse(text);
        } catch (JsonProcessingException e) {
            reject(sender, RelayError.MALFORMED_JSON, "not JSON: " + e.getOriginalMessage(), null);
            return;
        }
        if (parsed == null || !parsed.isObject()) {
            reject(sender, RelayError.INVALID_MESSAGE, "a message must be a JSON object", null);
            return;
        }
        ObjectNode message = (ObjectNode) parsed;
        String type = RelayJson.text(message, "type");
        String room = RelayJson.text(message, "room");
        if (type == null) {
            reject(sender, RelayError.INVALID_MESSAGE, "a message needs a string field \"type\"", room);
            return;
        }
        MessageHandler handler = handlers.get(type);
        if (handler == null) {
            reject(sender, RelayError.UNKNOWN_TYPE, "unknown message type '" + type + "'", room);
            return;
        }
        LOG.debug("relay <- {} {} room={}", sender.id(), type, room);
        try {
            handler.handle(sender, message);
        } catch (RuntimeException e) {
            LOG.error("relay handler for '{}' failed on a message from {}", type, sender.id(), e);
            sender.sendError(RelayError.INVALID_MESSAGE, "the relay could not handle this " + type + ": " + e.getMessage(), room);
        }
    }

    void onBinary(RelaySession sender, int length) {
        reject(sender, RelayError.BINARY_NOT_SUPPORTED, "binary frame of " + length + " bytes: the relay speaks JSON text frames", null);
    }

    void onClose(RelaySession session) {
        rooms.leaveAll(session);
    }

    private static void reject(RelaySession sender, RelayError error, String message, String room) {
        sender.sendError(error, message, room);
    }

    /** UTF-8 length; a text longer in chars than the limit is over it in bytes too, so it is not encoded. */
    private long utf8Length(String text) {
        return text.length() > maxMessageBytes ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }
}
