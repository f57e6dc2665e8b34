package dev.parley.peer.api;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The [[Operations]] chain of webrtc-pc section 4.4.1.2: operations run one at a time, in the order they
 * were chained, on one thread. Each promise settles as a task on the event executor, so it settles after
 * the events the operation queued. An operation that finds the connection closed never settles, as the
 * spec says; chaining onto a closed connection rejects with InvalidStateError.
 */
final class OperationsChain {

    private static final Logger LOG = LoggerFactory.getLogger(OperationsChain.class);

    private final ExecutorService operations;
    private final Executor settlements;
    private final BooleanSupplier closed;
    private final Runnable onEmpty;
    private final AtomicInteger length = new AtomicInteger();

    /**
     * @param onEmpty run on the event thread each time the chain empties, right after the last promise
     *                settled
     */
    OperationsChain(ExecutorService operations, Executor settlements, BooleanSupplier closed, Runnable onEmpty) {
        this.operations = operations;
        this.settlements = settlements;
        this.closed = closed;
        this.onEmpty = onEmpty;
    }

    /** The number of chained operations not yet finished. */
    int length() {
        return length.get();
    }

    <T> CompletableFuture<T> chain(String name, Callable<T> operation) {
        CompletableFuture<T> promise = new CompletableFuture<>();
        if (closed.getAsBoolean()) {
            promise.completeExceptionally(DOMException.invalidState(name + "() on a closed RTCPeerConnection"));
            return promise;
        }
        length.incrementAndGet();
        try {
            operations.execute(() -> run(name, operation, promise));
        } catch (RejectedExecutionException e) {
            length.decrementAndGet();
            promise.completeExceptionally(DOMException.invalidState(name + "() on a closed RTCPeerConnection"));
        }
        return promise;
    }

    private <T> void run(String name, Callable<T> operation, CompletableFuture<T> promise) {
        if (closed.getAsBoolean()) {
            length.decrementAndGet();
            return;
        }
        T result;
        try {
            result = operation.call();
        } catch (DOMException e) {
            settle(() -> promise.completeExceptionally(e));
            return;
        } catch (Exception e) {
            // A bug, not a spec error: report it as OperationError rather than leak another type.
            LOG.error("{}() failed unexpectedly", name, e);
            settle(() -> promise.completeExceptionally(
                    new DOMException(DOMException.OPERATION, name + "() failed: " + e, e)));
            return;
        }
        settle(() -> promise.complete(result));
    }

    /**
     * Settles the promise as a task on the event executor; the operation leaves the chain in that same
     * task, so "update the negotiation-needed flag on an empty chain" runs right after the settlement.
     */
    private void settle(Runnable settlement) {
        try {
            settlements.execute(() -> {
                if (!closed.getAsBoolean()) {
                    settlement.run();
                }
                if (length.decrementAndGet() == 0) {
                    onEmpty.run();
                }
            });
        } catch (RejectedExecutionException e) {
            length.decrementAndGet();
            LOG.debug("connection closed before a promise settled");
        }
    }
}
