package dev.parley.suites.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.testng.IExecutionListener;
import org.testng.ITestListener;
import org.testng.ITestResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress while the run goes (the pairing and test under way, counts so far), and at the end
 * writes the environment for the report and ends every browser.
 */
public final class RunListener implements IExecutionListener, ITestListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunListener.class);
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void onExecutionStart() {
        Runtime.getRuntime().addShutdownHook(new Thread(ConformanceRun::closeIfOpen, "parley-run-close"));
    }

    @Override
    public void onTestStart(ITestResult result) {
        progress("RUN ", result);
    }

    @Override
    public void onTestSuccess(ITestResult result) {
        passed.incrementAndGet();
        progress("PASS", result);
    }

    @Override
    public void onTestFailure(ITestResult result) {
        failed.incrementAndGet();
        progress("FAIL", result);
        Throwable t = result.getThrowable();
        if (t != null) {
            System.out.println("       " + String.valueOf(t.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @Override
    public void onTestSkipped(ITestResult result) {
        skipped.incrementAndGet();
        progress("SKIP", result);
    }

    private void progress(String what, ITestResult result) {
        Object[] params = result.getParameters();
        String pair = params.length > 0 ? String.valueOf(params[0]) : "-";
        String suite = result.getTestContext().getName();
        System.out.printf("[parley] %s %-16s %-11s %s  (passed %d, failed %d, skipped %d)%n", what, pair, suite,
                result.getMethod().getMethodName(), passed.get(), failed.get(), skipped.get());
        System.out.flush();
    }

    @Override
    public void onExecutionFinish() {
        Map<String, String> env = new TreeMap<>(ConformanceRun.versionsIfOpen());
        env.put("peers", System.getProperty("parley.peers", "chrome,firefox"));
        env.put("test.network", System.getenv().getOrDefault("PARLEY_NETNS", "0").equals("1")
                ? "private network namespace (veth 10.213.0.1)" : "host network (not root)");
        env.put("java.version", System.getProperty("java.version"));
        Path results = Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
        try {
            Files.createDirectories(results);
            StringBuilder out = new StringBuilder();
            env.forEach((k, v) -> out.append(k).append('=').append(v == null ? "" : v.replace("\n", " ")).append('\n'));
            Files.writeString(results.resolve("environment.properties"), out);
        } catch (IOException e) {
            LOG.warn("could not write environment.properties: {}", e.getMessage());
        }
        ConformanceRun.closeIfOpen();
    }
}
