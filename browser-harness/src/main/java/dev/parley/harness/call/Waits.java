package dev.parley.harness.call;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds or the timeout passes, like Selenium's FluentWait: on timeout the
 * message names what was awaited and what was last seen instead.
 */
public final class Waits {
    private static final long POLL_MS = 20;

    private Waits() {
    }

    /** A check that answers null when satisfied, or a description of what it sees instead. */
    @FunctionalInterface
    public interface Check {
        String mismatch();
    }

    public static void until(String expected, Duration timeout, Runnable eachPoll, Check check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String seen = null;
        RuntimeException lastError = null;
        while (true) {
            try {
                eachPoll.run();
                seen = check.mismatch();
                lastError = null;
                if (seen == null) {
                    return;
                }
            } catch (RuntimeException e) {
                lastError = e;
            }
            if (System.nanoTime() > deadline) {
                String message = "timed out after " + timeout.toMillis() + " ms waiting for " + expected
                        + "; instead: " + (lastError != null ? lastError.getMessage() : seen);
                throw new AssertionError(message, lastError);
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + expected, e);
            }
        }
    }

    /** Waits until supplier returns the expected value. */
    public static <T> void untilEquals(String what, T expected, Duration timeout, Runnable eachPoll, Supplier<T> actual) {
        until(what + " == " + expected, timeout, eachPoll, () -> {
            T value = actual.get();
            return expected.equals(value) ? null : what + " == " + value;
        });
    }
}
