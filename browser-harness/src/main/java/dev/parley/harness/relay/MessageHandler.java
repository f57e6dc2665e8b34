package dev.parley.harness.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Handles the relay messages of one "type". The relay dispatches every well-formed, size-checked
 * JSON object through a map from type to handler; new protocols (such as a control protocol for
 * vendor peers) plug in as more entries, see {@link RelaySettings#withHandler}.
 *
 * <p>Handlers run on the relay's I/O worker threads: they must not block.
 */
@FunctionalInterface
public interface MessageHandler {

    /**
     * @param sender  the connection the message came from
     * @param message the parsed message; its "type" is the one this handler was registered for
     */
    void handle(RelaySession sender, ObjectNode message);
}
