package dev.parley.peer.api;

/** A DOM EventListener, given to addEventListener and to the on&lt;event&gt; setters. */
@FunctionalInterface
public interface EventListener {
    void handleEvent(Event event);
}
