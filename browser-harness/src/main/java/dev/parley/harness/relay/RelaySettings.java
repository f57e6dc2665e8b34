package dev.parley.harness.relay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The relay's tunables, all in one place. Immutable; start from {@link #defaults()}.
 *
 * @param maxMessageBytes  longest accepted message, in UTF-8 bytes; longer ones get "too-large"
 * @param maxFrameBytes    longest frame the WebSocket layer reads at all; beyond it the library
 *                         closes the connection with 1009 (message too big) instead of replying
 * @param startTimeout     how long {@link RelayServer#start} waits for the socket to be bound
 * @param clock            stamps recorded messages
 * @param extraHandlers    handlers for message types beyond the signaling protocol
 */
public record RelaySettings(
        int maxMessageBytes,
        int maxFrameBytes,
        Duration startTimeout,
        RelayClock clock,
        Map<String, MessageHandler> extraHandlers) {

    /** 1 MiB. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

    public RelaySettings {
        if (maxMessageBytes <= 0 || maxFrameBytes < maxMessageBytes) {
            throw new IllegalArgumentException("need 0 < maxMessageBytes <= maxFrameBytes, got "
                    + maxMessageBytes + " and " + maxFrameBytes);
        }
        Objects.requireNonNull(startTimeout, "startTimeout");
        Objects.requireNonNull(clock, "clock");
        extraHandlers = Map.copyOf(extraHandlers);
    }

    /** 1 MiB messages, 16 MiB frames, 10 s to start, system clocks, no extra handlers. */
    public static RelaySettings defaults() {
        return new RelaySettings(DEFAULT_MAX_MESSAGE_BYTES, 16 * DEFAULT_MAX_MESSAGE_BYTES,
                Duration.ofSeconds(10), RelayClock.SYSTEM, Map.of());
    }

    public RelaySettings withMaxMessageBytes(int bytes) {
        return new RelaySettings(bytes, Math.max(maxFrameBytes, bytes), startTimeout, clock, extraHandlers);
    }

    public RelaySettings withClock(RelayClock newClock) {
        return new RelaySettings(maxMessageBytes, maxFrameBytes, startTimeout, newClock, extraHandlers);
    }

    /** Adds a handler for a new message type; the built-in types cannot be replaced. */
    public RelaySettings withHandler(String type, MessageHandler handler) {
        Map<String, MessageHandler> handlers = new LinkedHashMap<>(extraHandlers);
        handlers.put(Objects.requireNonNull(type, "type"), Objects.requireNonNull(handler, "handler"));
        return new RelaySettings(maxMessageBytes, maxFrameBytes, startTimeout, clock, handlers);
    }
}
