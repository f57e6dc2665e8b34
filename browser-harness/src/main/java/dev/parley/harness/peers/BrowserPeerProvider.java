package dev.parley.harness.peers;

import dev.parley.harness.browser.AgentServer;
import dev.parley.harness.browser.BrowserPeer;
import dev.parley.harness.browser.BrowserSession;
import dev.parley.harness.browser.BrowserSettings;
import dev.parley.harness.browser.ChromeSession;
import dev.parley.harness.browser.FirefoxSession;
import dev.parley.harness.peer.Peer;
import java.util.Map;
import java.util.function.Function;

/** Chrome, Firefox and Firefox on usrsctp, each a browser running the agent page. */
public final class BrowserPeerProvider implements PeerProvider {
    private static final Map<String, Function<BrowserSettings, BrowserSession>> KINDS = Map.of(
            "chrome", ChromeSession::new,
            "firefox", s -> new FirefoxSession("firefox", s, Map.of()),
            // Firefox ships dcSCTP by default; this pref switches it back to usrsctp.
            "firefox-usrsctp", s -> new FirefoxSession("firefox-usrsctp", s,
                    Map.of("media.peerconnection.sctp.use_dcsctp", false)));

    private final String kind;
    private final BrowserSettings settings;
    private final AgentServer agent;

    public BrowserPeerProvider(String kind, BrowserSettings settings, AgentServer agent) {
        if (!KINDS.containsKey(kind)) {
            throw new IllegalArgumentException("unknown browser kind " + kind + "; known: " + KINDS.keySet());
        }
        this.kind = kind;
        this.settings = settings;
        this.agent = agent;
    }

    public static boolean isBrowser(String kind) {
        return KINDS.containsKey(kind);
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Peer create(int slot) {
        BrowserSession session = KINDS.get(kind).apply(settings);
        session.start(agent.agentUrl());
        try {
            return new BrowserPeer(session);
        } catch (RuntimeException | Error e) {
            // A browser nobody holds would run until the JVM ends.
            session.close();
            throw e;
        }
    }

    @Override
    public boolean reuse(Peer peer) {
        ((BrowserPeer) peer).reset();
        return true;
    }
}
