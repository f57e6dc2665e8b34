package dev.parley.harness.java;

import dev.parley.harness.peer.PeerEvent;
import java.util.ArrayList;
import java.util.List;

/** The events of one peer in firing order, stamped with monotonic milliseconds since the peer was made. */
final class EventTimeline {

    private final long originNanos = System.nanoTime();
    private final List<PeerEvent> events = new ArrayList<>();

    /** Milliseconds since the peer was made. */
    double now() {
        return (System.nanoTime() - originNanos) / 1_000_000.0;
    }

    synchronized void add(String type, String value, String detail) {
        events.add(new PeerEvent(type, value, detail, now()));
    }

    synchronized List<PeerEvent> snapshot() {
        return List.copyOf(events);
    }
}
