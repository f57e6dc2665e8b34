package dev.parley.peer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Records every event a connection fires, as "type" or "type:state", in firing order. */
final class EventLog {

    private static final List<String> TYPES = List.of("negotiationneeded", "signalingstatechange",
            "icegatheringstatechange", "iceconnectionstatechange", "connectionstatechange", "icecandidate", "track",
            "datachannel", "addstream", "removestream");

    private final List<String> entries = new ArrayList<>();
    private final RTCPeerConnection pc;

    EventLog(RTCPeerConnection pc) {
        this.pc = pc;
        for (String type : TYPES) {
            pc.addEventListener(type, e -> {
                synchronized (entries) {
                    entries.add(e instanceof StateChangeEvent s ? type + ":" + s.state() : type);
                }
            });
        }
    }

    /** The events so far, after every event queued before this call has fired. */
    List<String> entries() {
        if (pc.signalingState() == RTCSignalingState.CLOSED) {
            // A closed connection's event thread takes no more tasks, and close() queues no events.
            synchronized (entries) {
                return List.copyOf(entries);
            }
        }
        CompletableFuture<Void> barrier = new CompletableFuture<>();
        pc.queueTask(() -> barrier.complete(null));
        try {
            barrier.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("event thread stuck", e);
        }
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    void clear() {
        entries();
        synchronized (entries) {
            entries.clear();
        }
    }
}
