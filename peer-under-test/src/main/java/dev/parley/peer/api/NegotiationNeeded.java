package dev.parley.peer.api;

import java.util.function.IntSupplier;

/**
 * The [[NegotiationNeeded]] flag of webrtc-pc section 4.7.3 and the two flags that defer its update to the
 * moment the operations chain empties. negotiationneeded fires only in stable, only when "check if
 * negotiation is needed" says so, once per need; after a negotiation that left the need in place it fires
 * again once the connection settles in stable.
 */
final class NegotiationNeeded {

    /** What the algorithm reads of the connection; every read happens under the connection's lock. */
    interface Connection {
        boolean isClosed();

        boolean isStable();

        /** "Check if negotiation is needed" (section 4.7.3). */
        boolean check();

        /** Queues a task on the event thread. */
        void queueTask(Runnable task);

        /** Fires negotiationneeded now, on the event thread. */
        void fire();
    }

    private final Object lock;
    private final Connection connection;
    private final IntSupplier chainLength;
    private boolean flag;
    private boolean updateOnEmptyChain;
    private boolean refireOnEmptyChain;

    NegotiationNeeded(Object lock, Connection connection, IntSupplier chainLength) {
        this.lock = lock;
        this.connection = connection;
        this.chainLength = chainLength;
    }

    /** "Update the negotiation-needed flag": a queued task now if the chain is empty, else once it empties. */
    void update() {
        synchronized (lock) {
            if (connection.isClosed()) {
                return;
            }
            if (chainLength.getAsInt() > 0) {
                updateOnEmptyChain = true;
                return;
            }
        }
        connection.queueTask(() -> task(false));
    }

    /**
     * The connection is stable again after a description (section 4.4.1.5): clear the flag if nothing is
     * needed, else update once the chain empties, firing again if the flag was already set.
     * Called under the lock, from an operation.
     */
    void onStable() {
        if (!connection.check()) {
            flag = false;
        } else {
            refireOnEmptyChain = flag;
            updateOnEmptyChain = true;
        }
    }

    /** The chain emptied; runs on the event thread right after the last promise settled. */
    void onChainEmpty() {
        boolean refire;
        synchronized (lock) {
            if (!updateOnEmptyChain) {
                return;
            }
            updateOnEmptyChain = false;
            refire = refireOnEmptyChain;
            refireOnEmptyChain = false;
        }
        task(refire);
    }

    /** The queued task of "update the negotiation-needed flag", on the event thread. */
    private void task(boolean refire) {
        synchronized (lock) {
            if (connection.isClosed()) {
                return;
            }
            if (chainLength.getAsInt() > 0) {
                updateOnEmptyChain = true;
                refireOnEmptyChain |= refire;
                return;
            }
            if (!connection.isStable()) {
                return;
            }
            if (!connection.check()) {
                flag = false;
                return;
            }
            if (flag && !refire) {
                return;
            }
            flag = true;
        }
        connection.fire();
    }
}
