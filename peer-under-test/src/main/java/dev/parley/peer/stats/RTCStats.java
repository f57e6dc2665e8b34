package dev.parley.peer.stats;

import java.util.Map;

/** webrtc-stats RTCStats: what every stats dictionary has, and its map form for RTCStatsReport. */
public interface RTCStats {

    String id();

    /** The RTCStatsType string, e.g. {@code candidate-pair}. */
    String type();

    /** Milliseconds since 1970-01-01T00:00:00Z, as browsers report it. */
    double timestamp();

    /** The dictionary: id, type, timestamp and the present members, in that order. */
    Map<String, Object> toMap();
}
