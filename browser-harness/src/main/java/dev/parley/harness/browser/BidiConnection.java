package dev.parley.harness.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** A WebDriver BiDi connection straight to the browser: commands with ids, results by id. */
final class BidiConnection implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final WebSocket socket;
    private volatile Throwable closedBy;

    BidiConnection(URI uri) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new Listener()).join();
    }

    /** Sends a command and waits for its result; a BiDi error becomes a BidiException. */
    JsonNode command(String method, Map<String, ?> params, Duration timeout) {
        long id = ids.incrementAndGet();
        CompletableFuture<JsonNode> result = new CompletableFuture<>();
        pending.put(id, result);
        if (closedBy != null) {
            pending.remove(id);
            throw new BidiException("BiDi connection closed: " + closedBy.getMessage());
        }
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        synchronized (socket) {
            socket.sendText(message.toString(), true).join();
        }
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new BidiException(method + " got no answer within " + timeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BidiException(method + " interrupted");
        } catch (ExecutionException e) {
            throw new BidiException(method + " failed: " + e.getCause().getMessage());
        } finally {
            pending.remove(id);
        }
    }

    private void dispatch(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (!node.has("id") || node.get("id").isNull()) {
                return; // an event; the agent page records what the harness needs itself
            }
            CompletableFuture<JsonNode> future = pending.get(node.get("id").asLong());
            if (future == null) {
                return;
            }
            if ("error".equals(node.path("type").asText())) {
                future.completeExceptionally(new BidiException(node.path("error").asText() + ": "
                        + node.path("message").asText()));
            } else {
                future.complete(node.path("result"));
            }
        } catch (java.io.IOException e) {
            closedBy = e;
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            fail(new BidiException("closed by the browser: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            fail(error);
        }

        private void fail(Throwable cause) {
            closedBy = cause;
            pending.values().forEach(f -> f.completeExceptionally(cause));
        }
    }

    static final class BidiException extends RuntimeException {
        BidiException(String message) {
            super(message);
        }
    }
}
