package dev.parley.harness.peers;

import dev.parley.harness.peer.Peer;

/**
 * Makes peers of one kind. Browsers are costly to start, so a provider may hand out the same
 * browser again: {@link #create(int)} is called once per slot and {@link #reuse(Peer)} before each test.
 * Providers are found with java.util.ServiceLoader, so vendors plug in their own peers.
 */
public interface PeerProvider {

    /** The kind as named on the command line and in the matrix. */
    String kind();

    /** A new peer; slot 0 and 1 let one pairing use two peers of the same kind. */
    Peer create(int slot);

    /** Makes a peer that ran a test fresh again (a reloaded page), or returns false to get a new one. */
    default boolean reuse(Peer peer) {
        return false;
    }
}
