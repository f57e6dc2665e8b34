package dev.parley.harness.grid;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Selenium Grid in standalone mode on 127.0.0.1, started from the selenium-grid jars as a process
 * of its own, with one Chromium node using the system chromedriver (no driver downloads).
 */
public final class LocalGrid implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalGrid.class);
    private static final Duration READY = Duration.ofSeconds(60);

    private final Process process;
    private final Path workDir;
    private final URI uri;

    private LocalGrid(Process process, Path workDir, URI uri) {
        this.process = process;
        this.workDir = workDir;
        this.uri = uri;
    }

    /** Starts the Grid with the jars in {@code libDir} and waits until /status says ready. */
    public static LocalGrid start(Path libDir) throws IOException {
        if (!Files.isDirectory(libDir)) {
            throw new IOException("no Selenium Grid jars in " + libDir + ": build the grid-runtime module first");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path workDir = Files.createTempDirectory("parley-grid-");
        Path config = workDir.resolve("node.toml");
        Files.writeString(config, """
                [node]
                detect-drivers = false
                selenium-manager = false
                max-sessions = 2
                override-max-sessions = true
                [[node.driver-configuration]]
                display-name = "Chromium"
                webdriver-executable = "/usr/bin/chromedriver"
                max-sessions = 2
                stereotype = '{"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium"}}'
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", libDir + File.separator + "*",
                "org.openqa.selenium.grid.Main", "standalone", "--host", "127.0.0.1", "--port", String.valueOf(port),
                "--config", config.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("grid.log").toFile());
        builder.environment().put("SE_OFFLINE", "true");
        Process process = builder.start();
        LocalGrid grid = new LocalGrid(process, workDir, URI.create("http://127.0.0.1:" + port));
        try {
            grid.awaitReady();
        } catch (IOException | RuntimeException e) {
            grid.close();
            throw e;
        }
        return grid;
    }

    private void awaitReady() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Selenium Grid exited with " + process.exitValue() + ": " + log());
            }
            try {
                HttpResponse<String> status = client.send(HttpRequest.newBuilder(uri.resolve("/status")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                last = status.body();
                if (last.replace(" ", "").contains("\"ready\":true")) {
                    LOG.info("Selenium Grid ready at {}", uri);
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the Grid", e);
            }
            sleep();
        }
        throw new IOException("Selenium Grid not ready within " + READY.toSeconds() + " s; last status: " + last);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public URI uri() {
        return uri;
    }

    /** The Grid's own log, for the report. */
    public String log() {
        try {
            return Files.readString(workDir.resolve("grid.log"));
        } catch (IOException e) {
            return "(no grid log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        try (var files = Files.walk(workDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("grid work dir not deleted: {}", e.getMessage());
        }
    }
}
