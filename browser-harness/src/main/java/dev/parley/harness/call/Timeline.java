package dev.parley.harness.call;

import dev.parley.harness.peer.PeerEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads sequences out of a peer's event timeline. */
public final class Timeline {
    private Timeline() {
    }

    /** The values of every event of the given type, in order. */
    public static List<String> values(List<PeerEvent> events, String type) {
        List<String> out = new ArrayList<>();
        for (PeerEvent e : events) {
            if (e.type().equals(type)) {
                out.add(e.value());
            }
        }
        return out;
    }

    /** Repeated identical consecutive states collapsed into one. */
    public static List<String> collapsed(List<String> states) {
        List<String> out = new ArrayList<>();
        for (String s : states) {
            if (out.isEmpty() || !Objects.equals(out.get(out.size() - 1), s)) {
                out.add(s);
            }
        }
        return out;
    }

    public static long count(List<PeerEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).count();
    }

    /**
     * Compares an actual state sequence with the expected one and describes the first difference:
     * which state was expected at which step and what came instead. Null when they match.
     */
    public static String difference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : null;
            String got = i < actual.size() ? actual.get(i) : null;
            if (!Objects.equals(want, got)) {
                return "at step " + (i + 1) + " expected " + (want == null ? "no further event" : "'" + want + "'")
                        + " but " + (got == null ? "no event came" : "'" + got + "' came")
                        + " (expected " + expected + ", actual " + actual + ")";
            }
        }
        return null;
    }

    /** True when {@code expected} is a prefix of actual (used while a sequence is still growing). */
    public static boolean startsWith(List<String> actual, List<String> expected) {
        return actual.size() >= expected.size() && actual.subList(0, expected.size()).equals(expected);
    }
}
