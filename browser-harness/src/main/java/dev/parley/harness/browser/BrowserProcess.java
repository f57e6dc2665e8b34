package dev.parley.harness.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser process this JVM started: its output kept (last lines) for the report, a line awaited
 * at start, and the whole process tree ended by PID at close, also from the JVM's shutdown hook.
 */
final class BrowserProcess implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BrowserProcess.class);
    private static final int KEPT_LINES = 400;

    private final Process process;
    private final Deque<String> lines = new ArrayDeque<>();
    private final Thread shutdownHook;

    private BrowserProcess(Process process) {
        this.process = process;
        this.shutdownHook = new Thread(this::destroyTree, "browser-reaper-" + process.pid());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the command and returns once a line matching {@code ready} appears (or fails clearly). */
    static Started start(List<String> command, Predicate<String> ready, long timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BrowserProcess browser = new BrowserProcess(process);
        CompletableFuture<String> readyLine = new CompletableFuture<>();
        Thread reader = new Thread(() -> browser.pump(ready, readyLine), "browser-out-" + process.pid());
        reader.setDaemon(true);
        reader.start();
        try {
            String line = readyLine.get(timeoutSeconds, TimeUnit.SECONDS);
            return new Started(browser, line);
        } catch (Exception e) {
            browser.close();
            throw new BrowserStartException(command.get(0) + " printed no ready line within " + timeoutSeconds
                    + " s; its last output:\n" + String.join("\n", browser.output()), e);
        }
    }

    record Started(BrowserProcess process, String readyLine) {
    }

    private void pump(Predicate<String> ready, CompletableFuture<String> readyLine) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.addLast(line);
                    if (lines.size() > KEPT_LINES) {
                        lines.removeFirst();
                    }
                }
                if (!readyLine.isDone() && ready.test(line)) {
                    readyLine.complete(line);
                }
            }
        } catch (IOException e) {
            LOG.debug("browser output closed: {}", e.getMessage());
        }
        readyLine.completeExceptionally(new IOException("process ended with exit code " + exitCode()));
    }

    private String exitCode() {
        return process.isAlive() ? "(running)" : String.valueOf(process.exitValue());
    }

    List<String> output() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    long pid() {
        return process.pid();
    }

    private void destroyTree() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(3, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    @Override
    public void close() {
        destroyTree();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }
}
