package dev.parley.harness.relay;

/** A relay client could not connect, join, send or receive what it was asked to. */
public class RelayException extends RuntimeException {

    public RelayException(String message) {
        super(message);
    }

    public RelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
