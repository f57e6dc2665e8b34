package dev.parley.harness.java;

import dev.parley.harness.peer.Peer;
import dev.parley.harness.peers.PeerProvider;

/** The "java" peer kind: a fresh {@link JavaPeer} per slot, cheap enough never to reuse. */
public final class JavaPeerProvider implements PeerProvider {

    @Override
    public String kind() {
        return "java";
    }

    @Override
    public Peer create(int slot) {
        return new JavaPeer();
    }
}
