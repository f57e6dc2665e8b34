package dev.parley.harness.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.firefox.FirefoxDriver;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.firefox.GeckoDriverService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Firefox: through Selenium with geckodriver where one is installed, otherwise WebDriver BiDi
 * straight to the browser (Firefox speaks BiDi itself; no geckodriver exists on these machines).
 */
public final class FirefoxSession implements BrowserSession {
    private static final Logger LOG = LoggerFactory.getLogger(FirefoxSession.class);
    private static final Pattern BIDI_LINE = Pattern.compile("WebDriver BiDi listening on (ws://\\S+)");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(90);

    private final String kind;
    private final BrowserSettings settings;
    private final Map<String, Object> extraPrefs;
    private final Map<String, String> versions = new LinkedHashMap<>();
    private Path profile;
    private BrowserProcess process;
    private BidiConnection bidi;
    private String context;
    private WebDriver driver;
    private String agentUrl;

    public FirefoxSession(String kind, BrowserSettings settings, Map<String, Object> extraPrefs) {
        this.kind = kind;
        this.settings = settings;
        this.extraPrefs = extraPrefs;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void start(String agentUrl) {
        this.agentUrl = agentUrl;
        File binary = Executables.find("/usr/bin/firefox-esr", "firefox-esr", "firefox")
                .orElseThrow(() -> new BrowserStartException("Firefox is not installed: install the firefox-esr package"));
        if (settings.gridUrl() != null) {
            throw new BrowserStartException("Firefox cannot run through a Selenium Grid here: Grid needs geckodriver");
        }
        try {
            profile = FirefoxProfile.create(settings.workDir(), extraPrefs);
            Optional<File> gecko = Executables.find("geckodriver");
            if (gecko.isPresent()) {
                startWithGeckodriver(binary, gecko.get());
            } else {
                startWithBidi(binary);
            }
            LOG.info("{} started: {}", kind, versions);
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof BrowserStartException b ? b : new BrowserStartException(kind + " did not start: " + e.getMessage(), e);
        }
    }

    private void startWithGeckodriver(File binary, File gecko) {
        FirefoxOptions options = new FirefoxOptions().setBinary(binary.toPath());
        FirefoxProfile.prefs(extraPrefs).forEach(options::addPreference);
        options.addArguments("-profile", profile.toString());
        if (!settings.headed()) {
            options.addArguments("-headless");
        }
        GeckoDriverService service = new GeckoDriverService.Builder().usingDriverExecutable(gecko).usingAnyFreePort().build();
        driver = new FirefoxDriver(service, options);
        driver.manage().timeouts().scriptTimeout(COMMAND_TIMEOUT);
        driver.get(agentUrl);
        versions.put(kind + ".version", ((FirefoxDriver) driver).getCapabilities().getBrowserVersion());
        versions.put(kind + ".via", "geckodriver " + gecko);
    }

    private void startWithBidi(File binary) throws IOException {
        List<String> command = new ArrayList<>(List.of(binary.getPath(), "--remote-debugging-port=0", "--no-remote",
                "--profile", profile.toString()));
        if (!settings.headed()) {
            command.add("--headless");
        }
        command.add("about:blank");
        BrowserProcess.Started started = BrowserProcess.start(command, line -> BIDI_LINE.matcher(line).find(), 60);
        process = started.process();
        Matcher m = BIDI_LINE.matcher(started.readyLine());
        m.find();
        bidi = new BidiConnection(URI.create(m.group(1) + "/session"));
        JsonNode session = bidi.command("session.new", Map.of("capabilities", Map.of()), COMMAND_TIMEOUT);
        versions.put(kind + ".version", session.path("capabilities").path("browserVersion").asText());
        versions.put(kind + ".via", "WebDriver BiDi (no geckodriver)");
        context = bidi.command("browsingContext.getTree", Map.of(), COMMAND_TIMEOUT)
                .path("contexts").get(0).path("context").asText();
        navigate();
    }

    private void navigate() {
        bidi.command("browsingContext.navigate", Map.of("context", context, "url", agentUrl, "wait", "complete"),
                COMMAND_TIMEOUT);
    }

    @Override
    public PageChannel page() {
        if (driver != null) {
            return new SeleniumPage(driver, agentUrl);
        }
        return new PageChannel() {
            @Override
            public String call(String requestJson) {
                JsonNode result = bidi.command("script.callFunction", Map.of(
                        "functionDeclaration", "(request) => window.agent.callJson(request)",
                        "arguments", List.of(Map.of("type", "string", "value", requestJson)),
                        "awaitPromise", true,
                        "target", Map.of("context", context)), COMMAND_TIMEOUT);
                if ("exception".equals(result.path("type").asText())) {
                    return "{\"error\":{\"name\":\"AgentError\",\"message\":"
                            + com.fasterxml.jackson.databind.node.TextNode.valueOf(
                                    result.path("exceptionDetails").path("text").asText()) + "}}";
                }
                return result.path("result").path("value").asText();
            }

            @Override
            public void reload() {
                navigate();
            }

            @Override
            public byte[] screenshot() {
                try {
                    String data = bidi.command("browsingContext.captureScreenshot", Map.of("context", context),
                            COMMAND_TIMEOUT).path("data").asText();
                    return Base64.getDecoder().decode(data);
                } catch (RuntimeException e) {
                    LOG.warn("no screenshot from {}: {}", kind, e.getMessage());
                    return new byte[0];
                }
            }
        };
    }

    @Override
    public Map<String, String> versions() {
        return versions;
    }

    /** The browser's own output (stdout and stderr), for the report. */
    public List<String> processOutput() {
        return process == null ? List.of() : process.output();
    }

    @Override
    public void close() {
        if (bidi != null) {
            try {
                bidi.command("browser.close", Map.of(), Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("browser.close: {}", e.getMessage());
            }
            bidi.close();
            bidi = null;
        }
        if (driver != null) {
            try {
                driver.quit();
            } catch (WebDriverException e) {
                LOG.warn("firefox quit failed: {}", e.getMessage());
            }
            driver = null;
        }
        if (process != null) {
            process.close();
            process = null;
        }
        Profiles.delete(profile);
        profile = null;
    }
}
