package dev.parley.peer.api;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.fail;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Awaiting the connection's promises in tests, with the rejection's DOMException name. */
final class Promises {

    private Promises() {
    }

    static <T> T await(CompletableFuture<T> promise) {
        try {
            return promise.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DOMException d) {
                throw d;
            }
            throw new AssertionError("rejected with a non-DOMException", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("promise did not settle within 5 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Asserts the promise rejects with a DOMException of this name, and returns it. */
    static DOMException assertRejects(String name, CompletableFuture<?> promise) {
        try {
            Object value = await(promise);
            fail("expected " + name + " but the promise resolved with " + value);
            return null;
        } catch (DOMException e) {
            assertEquals(e.name(), name, e.getMessage());
            return e;
        }
    }

    /** Asserts the promise neither resolves nor rejects within a short while. */
    static void assertNeverSettles(CompletableFuture<?> promise) {
        try {
            promise.get(300, TimeUnit.MILLISECONDS);
            fail("the promise settled");
        } catch (TimeoutException e) {
            return;
        } catch (ExecutionException e) {
            fail("the promise rejected: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
