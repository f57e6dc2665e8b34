package dev.parley.harness.browser;

/** The way into one agent page: call its agent with a JSON request, reload it, screenshot it. */
public interface PageChannel {

    /** Runs {@code agent.callJson(requestJson)} in the page, awaits its promise and returns the JSON string. */
    String call(String requestJson);

    /** Navigates the page to the agent again: a fresh agent with no connection. */
    void reload();

    /** A PNG screenshot of the page, or an empty array when the browser cannot give one. */
    byte[] screenshot();
}
