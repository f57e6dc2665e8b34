package dev.parley.harness.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {"type":"join","room":R,"peer":NAME}: enters the room under that name. */
final class JoinHandler implements MessageHandler {
    private final Rooms rooms;

    JoinHandler(Rooms rooms) {
        this.rooms = rooms;
    }

    @Override
    public void handle(RelaySession sender, ObjectNode message) {
        String room = RelayJson.text(message, "room");
        String peer = RelayJson.text(message, "peer");
        if (room == null || room.isEmpty() || peer == null || peer.isEmpty()) {
            sender.sendError(RelayError.INVALID_MESSAGE, "join needs non-empty string fields \"room\" and \"peer\"", room);
            return;
        }
        rooms.room(room).join(sender, peer);
    }
}
