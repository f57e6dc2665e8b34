package dev.parley.harness.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The agent page in a browser driven through a Selenium WebDriver (ChromeDriver, geckodriver, Grid). */
final class SeleniumPage implements PageChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SeleniumPage.class);
    private static final String CALL = "const done = arguments[arguments.length - 1];"
            + "window.agent.callJson(arguments[0]).then(done, e => done(JSON.stringify("
            + "{error: {name: 'AgentError', message: String(e)}})));";

    private final WebDriver driver;
    private final String agentUrl;

    SeleniumPage(WebDriver driver, String agentUrl) {
        this.driver = driver;
        this.agentUrl = agentUrl;
    }

    @Override
    public String call(String requestJson) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript(CALL, requestJson));
    }

    @Override
    public void reload() {
        driver.get(agentUrl);
    }

    @Override
    public byte[] screenshot() {
        try {
            return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        } catch (WebDriverException e) {
            LOG.warn("no screenshot: {}", e.getMessage());
            return new byte[0];
        }
    }
}
