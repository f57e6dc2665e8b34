package dev.parley.harness.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * offer, answer, candidate and bye: passed unchanged, plus "from", to the other peers of the
 * sender's room, or only to the peer named in "to".
 */
final class SignalingHandler implements MessageHandler {
    private final Rooms rooms;

    SignalingHandler(Rooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public void handle(RelaySession sender, ObjectNode message) {
        String type = RelayJson.text(message, "type");
        String room = RelayJson.text(message, "room");
        if (room == null) {
            sender.sendError(RelayError.INVALID_MESSAGE, type + " needs a string field \"room\"", null);
            return;
        }
        JsonNode toNode = message.get("to");
        if (toNode != null && !toNode.isNull() && !toNode.isTextual()) {
            sender.sendError(RelayError.INVALID_MESSAGE, "\"to\" must be a peer name (a string)", room);
            return;
        }
        String from = sender.peerName(room).orElse(null);
        if (from == null) {
            sender.sendError(RelayError.NOT_JOINED, type + " for room '" + room + "', which this connection has not joined", room);
            return;
        }
        String to = toNode == null || toNode.isNull() ? null : toNode.textValue();
        rooms.room(room).relay(sender, from, type, message, to);
    }
}
