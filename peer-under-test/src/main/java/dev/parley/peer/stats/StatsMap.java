package dev.parley.peer.stats;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds one stats dictionary in member order: {@code id}, {@code type}, {@code timestamp}, then
 * the type's members. Absent optional members are left out (webrtc-stats: a member that is not
 * known is not present).
 */
final class StatsMap {

    private final Map<String, Object> members = new LinkedHashMap<>();

    StatsMap(String id, String type, double timestamp) {
        members.put("id", id);
        members.put("type", type);
        members.put("timestamp", timestamp);
    }

    StatsMap put(String name, Object value) {
        members.put(name, value);
        return this;
    }

    StatsMap put(String name, Optional<?> value) {
        value.ifPresent(v -> members.put(name, v));
        return this;
    }

    StatsMap put(String name, OptionalDouble value) {
        value.ifPresent(v -> members.put(name, v));
        return this;
    }

    Map<String, Object> toMap() {
        return members;
    }
}
