package dev.parley.harness.browser;

import java.util.Map;

/**
 * One running browser with one agent page, a lifecycle like Testcontainers' Startable: start() once,
 * close() releases the browser process and its profile, also when start() failed half way.
 */
public interface BrowserSession extends AutoCloseable {

    /** "chrome", "firefox", ... as the matrix names the peer. */
    String kind();

    void start(String agentUrl);

    PageChannel page();

    /** Browser and driver versions for the report's environment, e.g. chrome.version -> 156.0... */
    Map<String, String> versions();

    @Override
    void close();
}
