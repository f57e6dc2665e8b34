package dev.parley.suites.support;

import dev.parley.harness.call.Timeline;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerException;
import dev.parley.harness.peer.SessionDescription;
import java.util.List;
import java.util.Objects;

/** Assertions that say which event or state was expected and what came instead. */
public final class Expect {
    private Expect() {
    }

    /** The collapsed sequence of a state-change event type on this peer equals the expected one. */
    public static void sequence(Peer peer, String role, String eventType, List<String> expected) {
        List<String> actual = Timeline.collapsed(Timeline.values(peer.events(), eventType));
        String difference = Timeline.difference(expected, actual);
        if (difference != null) {
            throw new AssertionError(role + " " + peer.kind() + " " + eventType + ": " + difference);
        }
    }

    /** Like {@link #sequence} but either of the allowed sequences passes. */
    public static void sequenceOneOf(Peer peer, String role, String eventType, List<List<String>> allowed) {
        List<String> actual = Timeline.collapsed(Timeline.values(peer.events(), eventType));
        if (!allowed.contains(actual)) {
            throw new AssertionError(role + " " + peer.kind() + " " + eventType + ": expected one of " + allowed
                    + " but came " + actual);
        }
    }

    public static void state(String what, String expected, String actual) {
        if (!Objects.equals(expected, actual)) {
            throw new AssertionError(what + ": expected '" + expected + "' but was '" + actual + "'");
        }
    }

    /** A description getter returns a description of the type, or null when expectedType is null. */
    public static void description(String what, String expectedType, SessionDescription actual) {
        String actualType = actual == null ? null : actual.type();
        if (!Objects.equals(expectedType, actualType)) {
            throw new AssertionError(what + ": expected " + (expectedType == null ? "null" : "a description of type "
                    + expectedType) + " but was " + (actual == null ? "null" : "of type " + actualType));
        }
    }

    @FunctionalInterface
    public interface Action {
        void run();
    }

    /** The action fails with the named DOMException. */
    public static PeerException rejects(String expectedName, String what, Action action) {
        try {
            action.run();
        } catch (PeerException e) {
            if (!expectedName.equals(e.name())) {
                throw new AssertionError(what + ": expected " + expectedName + " but got " + e.getMessage(), e);
            }
            return e;
        }
        throw new AssertionError(what + ": expected " + expectedName + " but it succeeded");
    }
}
