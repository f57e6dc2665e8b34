package dev.parley.harness.relay;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All rooms of one relay, created on first use. Rooms are kept after their last peer leaves, so
 * their recordings stay readable for the report until cleared.
 */
final class Rooms {
    private final Map<String, Room> rooms = new ConcurrentHashMap<>();
    private final RelayClock clock;

    Rooms(RelayClock clock) {
        this.clock = clock;
    }

    Room room(String name) {
        return rooms.computeIfAbsent(name, n -> new Room(n, clock));
    }

    /** Takes the session out of every room it joined (its connection closed). */
    void leaveAll(RelaySession session) {
        session.rooms().forEach(name -> room(name).leave(session));
    }

    List<RelayedMessage> recorded(String name) {
        Room room = rooms.get(name);
        return room == null ? List.of() : room.recorded();
    }

    void clearRecorded(String name) {
        Room room = rooms.get(name);
        if (room != null) {
            room.clearRecorded();
        }
    }
}
