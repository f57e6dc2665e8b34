package dev.parley.peer.ice;

import java.util.logging.Level;

import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Configures ice4j once per JVM, before its configuration classes load (they read system
 * properties once, through typesafe-config):
 * <ul>
 * <li>the AWS mapping harvester off: otherwise ice4j asks 169.254.169.254 for a public address,
 *     traffic the test network forbids; no STUN mapping harvesters (no addresses) either;</li>
 * <li>no link-local host candidates (browsers offer none; fe80:: on veths only adds pairs);</li>
 * <li>consent checks every 2 s (ice4j's default 15 s cannot notice a lapse in browser-like
 *     time; Chrome checks every 2.5 s);</li>
 * <li>its java.util.logging routed into SLF4J.</li>
 * </ul>
 */
final class Ice4jSetup {

    /** Held so JUL cannot collect the logger and forget its level. */
    private static final java.util.logging.Logger ICE4J_JUL = java.util.logging.Logger.getLogger("org.ice4j");
    private static boolean done;

    private Ice4jSetup() {
    }

    static synchronized void ensureConfigured() {
        if (done) {
            return;
        }
        System.setProperty("ice4j.harvest.mapping.aws.enabled", "false");
        String stunMappings = System.getProperty("ice4j.harvest.mapping.stun.addresses");
        if (stunMappings != null && stunMappings.isBlank()) {
            // A blank property is not a list to typesafe-config; unset means the default: none.
            System.clearProperty("ice4j.harvest.mapping.stun.addresses");
        }
        setIfAbsent("ice4j.harvest.use-link-local-addresses", "false");
        setIfAbsent("ice4j.consent-freshness.interval", "2 seconds");
        routeJulToSlf4j();
        done = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void routeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        // JUL filters before the bridge sees a record: open it as far as SLF4J wants ice4j's logs.
        org.slf4j.Logger slf4j = LoggerFactory.getLogger("org.ice4j");
        Level level = slf4j.isTraceEnabled() ? Level.FINEST : slf4j.isInfoEnabled() ? Level.INFO : Level.WARNING;
        ICE4J_JUL.setLevel(level);
    }
}
