package dev.parley.peer.api;

/** A DOM Event: a type name, plus what subclasses carry. */
public class Event {
    private final String type;

    public Event(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    @Override
    public String toString() {
        return type;
    }
}
