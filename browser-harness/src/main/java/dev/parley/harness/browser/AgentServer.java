package dev.parley.harness.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the agent page on 127.0.0.1 at a free port. The page must come from an http://127.0.0.1
 * origin, not about:blank, because getUserMedia needs a secure context.
 */
public final class AgentServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentServer.class);
    private static final Map<String, String> FILES = Map.of(
            "/agent.html", "text/html; charset=utf-8",
            "/agent.js", "text/javascript; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService executor;

    private AgentServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static AgentServer start() {
        return start(InetAddress.getLoopbackAddress());
    }

    /** Binds the given address (a Grid node elsewhere in the test network needs a non-loopback one). */
    public static AgentServer start(InetAddress address) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(address, 0), 16);
            ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "agent-http");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(executor);
            server.createContext("/", AgentServer::serve);
            server.start();
            LOG.info("agent page served at {}", "http://" + address.getHostAddress() + ":" + server.getAddress().getPort());
            return new AgentServer(server, executor);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the agent page", e);
        }
    }

    public String agentUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort()
                + "/agent.html";
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String type = FILES.get(path);
        try (exchange) {
            if (type == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body;
            try (InputStream in = AgentServer.class.getResourceAsStream("/agent" + path)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
