package dev.parley.harness.relay;

/** The expected message did not arrive in time; the message says what was expected and what came. */
public class RelayTimeoutException extends RelayException {

    public RelayTimeoutException(String message) {
        super(message);
    }
}
