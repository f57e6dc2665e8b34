package dev.parley.harness.browser;

import io.github.bonigarcia.wdm.WebDriverManager;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chrome (or Chromium) through Selenium: the system chromedriver when installed, WebDriverManager
 * when online with none installed, or a Selenium Grid when the settings name one.
 */
public final class ChromeSession implements BrowserSession {
    private static final Logger LOG = LoggerFactory.getLogger(ChromeSession.class);
    static final List<String> FLAGS = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--mute-audio",
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            "--allow-loopback-in-peer-connection", "--autoplay-policy=no-user-gesture-required");

    private final BrowserSettings settings;
    private WebDriver driver;
    private ChromeDriverService service;
    private Path profile;
    private String agentUrl;

    public ChromeSession(BrowserSettings settings) {
        this.settings = settings;
    }

    @Override
    public String kind() {
        return "chrome";
    }

    @Override
    public void start(String agentUrl) {
        this.agentUrl = agentUrl;
        try {
            ChromeOptions options = options();
            if (settings.gridUrl() != null) {
                driver = new RemoteWebDriver(settings.gridUrl().toURL(), options);
            } else {
                service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver()).usingAnyFreePort().build();
                driver = new ChromeDriver(service, options);
            }
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            driver.get(agentUrl);
            LOG.info("chrome started: {}", versions());
        } catch (RuntimeException | MalformedURLException e) {
            close();
            throw new BrowserStartException("Chrome did not start: " + e.getMessage(), e);
        }
    }

    private ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.addArguments(FLAGS);
        if (!settings.headed()) {
            options.addArguments("--headless=new");
        }
        if (settings.gridUrl() == null) {
            try {
                profile = Files.createTempDirectory(settings.workDir(), "chrome-profile-");
            } catch (IOException e) {
                throw new BrowserStartException("cannot create a Chrome profile dir in " + settings.workDir(), e);
            }
            options.addArguments("--user-data-dir=" + profile);
            Executables.find("/usr/bin/chromium", "chromium", "google-chrome", "google-chrome-stable")
                    .ifPresent(binary -> options.setBinary(binary));
        } else {
            options.setBinary("/usr/bin/chromium");
        }
        return options;
    }

    private File chromedriver() {
        return Executables.find("/usr/bin/chromedriver", "chromedriver").orElseGet(() -> {
            if (!settings.online()) {
                throw new BrowserStartException(
                        "no chromedriver installed and this machine is offline: install the chromium-driver package");
            }
            WebDriverManager manager = WebDriverManager.chromedriver();
            manager.setup();
            return new File(manager.getDownloadedDriverPath());
        });
    }

    @Override
    public PageChannel page() {
        return new SeleniumPage(driver, agentUrl);
    }

    @Override
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        if (driver instanceof RemoteWebDriver remote) {
            versions.put("chrome.version", remote.getCapabilities().getBrowserVersion());
            Object chrome = remote.getCapabilities().getCapability("chrome");
            if (chrome instanceof Map<?, ?> map && map.get("chromedriverVersion") != null) {
                versions.put("chromedriver.version", String.valueOf(map.get("chromedriverVersion")).split(" ")[0]);
            }
            versions.put("chrome.via", settings.gridUrl() == null ? "chromedriver" : "grid " + settings.gridUrl());
        }
        return versions;
    }

    @Override
    public void close() {
        if (driver != null) {
            try {
                driver.quit();
            } catch (WebDriverException e) {
                LOG.warn("chrome quit failed: {}", e.getMessage());
            }
            driver = null;
        }
        if (service != null) {
            service.stop();
            service = null;
        }
        Profiles.delete(profile);
        profile = null;
    }
}
