package dev.parley.suites.harness;

import dev.parley.harness.browser.AgentServer;
import dev.parley.harness.browser.BrowserSession;
import dev.parley.harness.browser.BrowserSettings;
import dev.parley.harness.browser.ChromeSession;
import dev.parley.harness.browser.FirefoxSession;
import io.qameta.allure.Allure;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** A browser is a Startable: close() leaves no process of it behind. */
public class BrowserLifecycleTest {

    @DataProvider(name = "browsers")
    public static Object[][] browsers() {
        Function<BrowserSettings, BrowserSession> chrome = ChromeSession::new;
        Function<BrowserSettings, BrowserSession> firefox = s -> new FirefoxSession("firefox", s, Map.of());
        return new Object[][] {{"chrome", chrome}, {"firefox", firefox}};
    }

    private static List<String> browserProcesses() {
        return ProcessHandle.current().descendants()
                .filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().command().orElse("?"))
                .filter(c -> c.contains("chrom") || c.contains("firefox"))
                .toList();
    }

    @Test(dataProvider = "browsers", description = "Closing a browser session ends every process it started")
    public void closingABrowserSessionEndsEveryProcessItStarted(String kind, Function<BrowserSettings, BrowserSession> factory)
            throws Exception {
        Allure.parameter("pair", kind + "->" + kind);
        Allure.label("feature", "harness: no browser process outlives its session");
        List<String> before = browserProcesses();
        try (AgentServer agent = AgentServer.start()) {
            BrowserSession session = factory.apply(BrowserSettings.fromSystem());
            try {
                session.start(agent.agentUrl());
                if (browserProcesses().size() <= before.size()) {
                    throw new AssertionError(kind + " started but no browser process is visible");
                }
            } finally {
                session.close();
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> left = browserProcesses();
        while (left.size() > before.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = browserProcesses();
        }
        if (left.size() > before.size()) {
            throw new AssertionError(kind + " processes left after close(): " + left);
        }
    }
}
