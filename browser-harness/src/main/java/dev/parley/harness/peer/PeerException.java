package dev.parley.harness.peer;

/** A rejected promise or thrown exception from the peer, with the DOMException (or TypeError) name. */
public class PeerException extends RuntimeException {
    private final String name;

    public PeerException(String name, String message) {
        super(name + ": " + message);
        this.name = name;
    }

    public PeerException(String name, String message, Throwable cause) {
        super(name + ": " + message, cause);
        this.name = name;
    }

    /** The DOMException name, e.g. InvalidStateError, or TypeError. */
    public String name() {
        return name;
    }
}
