package dev.parley.harness.peers;

import dev.parley.harness.browser.AgentServer;
import dev.parley.harness.browser.BrowserSettings;
import dev.parley.harness.peer.Peer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out peers for pairings and keeps browsers running across tests (a page reload between
 * tests), because starting a browser costs a second or more. Closing the pool ends every browser.
 */
public final class PeerPool implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeerPool.class);

    private final BrowserSettings settings;
    private final AgentServer agent;
    private final Map<String, PeerProvider> providers = new LinkedHashMap<>();
    private final Map<String, Peer> running = new LinkedHashMap<>();

    public PeerPool(BrowserSettings settings) {
        this.settings = settings;
        this.agent = AgentServer.start();
        for (PeerProvider provider : ServiceLoader.load(PeerProvider.class)) {
            providers.put(provider.kind(), provider);
        }
    }

    public AgentServer agent() {
        return agent;
    }

    private PeerProvider provider(String kind) {
        return providers.computeIfAbsent(kind, k -> {
            if (!BrowserPeerProvider.isBrowser(k)) {
                throw new IllegalArgumentException("no peer of kind '" + k + "'; known: "
                        + List.of("chrome", "firefox", "firefox-usrsctp") + " and " + providers.keySet());
            }
            return new BrowserPeerProvider(k, settings, agent);
        });
    }

    /** The peer of this kind in this slot, fresh for a new test. */
    public synchronized Peer acquire(String kind, int slot) {
        String key = kind + "#" + slot;
        PeerProvider provider = provider(kind);
        Peer peer = running.get(key);
        if (peer != null) {
            try {
                if (provider.reuse(peer)) {
                    return peer;
                }
            } catch (RuntimeException e) {
                LOG.warn("{} could not be reused, starting a new one: {}", key, e.getMessage());
            }
            running.remove(key);
            peer.close();
        }
        peer = provider.create(slot);
        running.put(key, peer);
        return peer;
    }

    /** Drops a peer that misbehaved so the next test starts a new one. */
    public synchronized void discard(Peer peer) {
        running.values().removeIf(p -> p == peer);
        peer.close();
    }

    public synchronized Map<String, Peer> running() {
        return Map.copyOf(running);
    }

    @Override
    public synchronized void close() {
        List<Peer> peers = new ArrayList<>(running.values());
        running.clear();
        for (Peer peer : peers) {
            try {
                peer.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", peer.kind(), e.getMessage());
            }
        }
        agent.close();
    }
}
