package dev.parley.harness.browser;

/** A browser or its driver could not be started; the message says what to install or fix. */
public class BrowserStartException extends RuntimeException {
    public BrowserStartException(String message) {
        super(message);
    }

    public BrowserStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
