package dev.parley.peer.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * W3C webrtc-pc section 8.3 RTCStatsReport: a read-only map from stats object id to its dictionary
 * (each with id, type and timestamp, plus the members of its type).
 */
public final class RTCStatsReport {

    private final Map<String, Map<String, Object>> stats;

    RTCStatsReport(Map<String, Map<String, Object>> stats) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        stats.forEach((id, s) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(s))));
        this.stats = Collections.unmodifiableMap(copy);
    }

    public Map<String, Object> get(String id) {
        return stats.get(id);
    }

    public Collection<Map<String, Object>> values() {
        return stats.values();
    }

    /** The stats objects of one type, e.g. "peer-connection". */
    public java.util.List<Map<String, Object>> ofType(String type) {
        return stats.values().stream().filter(s -> type.equals(s.get("type"))).toList();
    }

    public Map<String, Map<String, Object>> asMap() {
        return stats;
    }

    public int size() {
        return stats.size();
    }
}
