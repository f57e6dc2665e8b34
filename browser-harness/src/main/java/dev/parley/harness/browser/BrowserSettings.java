package dev.parley.harness.browser;

import java.net.URI;
import java.nio.file.Path;

/**
 * How browsers are started in a run.
 *
 * @param headed   show browser windows instead of running headless
 * @param gridUrl  a Selenium Grid to start browsers on, or null to start them locally
 * @param workDir  where fresh profiles go (deleted when each browser closes)
 * @param online   whether drivers may be downloaded (WebDriverManager) when none is installed
 */
public record BrowserSettings(boolean headed, URI gridUrl, Path workDir, boolean online) {

    /** From system properties: parley.headed, parley.grid, parley.workDir; CI=true or SE_OFFLINE means offline. */
    public static BrowserSettings fromSystem() {
        String grid = System.getProperty("parley.grid", "");
        boolean offline = "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("SE_OFFLINE"));
        return new BrowserSettings(Boolean.getBoolean("parley.headed"),
                grid.isBlank() ? null : URI.create(grid),
                Path.of(System.getProperty("parley.workDir", System.getProperty("java.io.tmpdir"))),
                !offline);
    }

    public BrowserSettings withGrid(URI grid) {
        return new BrowserSettings(headed, grid, workDir, online);
    }
}
