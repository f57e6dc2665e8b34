package dev.parley.suites.support;

import dev.parley.harness.browser.BrowserSettings;
import dev.parley.harness.peers.PeerPool;
import dev.parley.harness.relay.RelayServer;
import java.util.Map;
import java.util.TreeMap;

/** What one run shares: the peer pool (running browsers) and the signaling relay. Closed at the end. */
public final class ConformanceRun {
    private static ConformanceRun current;

    private final PeerPool pool;
    private final RelayServer relay;
    private final Map<String, String> versions = new TreeMap<>();

    private ConformanceRun() {
        this.relay = RelayServer.start();
        this.pool = new PeerPool(BrowserSettings.fromSystem());
    }

    public static synchronized ConformanceRun get() {
        if (current == null) {
            current = new ConformanceRun();
        }
        return current;
    }

    public static synchronized void closeIfOpen() {
        if (current != null) {
            current.pool.close();
            current.relay.close();
            current = null;
        }
    }

    static synchronized Map<String, String> versionsIfOpen() {
        return current == null ? Map.of() : Map.copyOf(current.versions);
    }

    public PeerPool pool() {
        return pool;
    }

    public RelayServer relay() {
        return relay;
    }

    public synchronized void noteVersions(Map<String, String> found) {
        versions.putAll(found);
    }
}
