package dev.parley.harness.browser;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.testng.annotations.Test;

public class AgentServerTest {

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void servesTheAgentPageAndScriptFromLoopback() throws Exception {
        try (AgentServer server = AgentServer.start()) {
            assertTrue(server.agentUrl().startsWith("http://127.0.0.1:"), server.agentUrl());
            HttpResponse<String> page = get(server.agentUrl());
            assertEquals(page.statusCode(), 200);
            assertTrue(page.body().contains("agent.js"));
            HttpResponse<String> script = get(server.agentUrl().replace("agent.html", "agent.js"));
            assertTrue(script.body().contains("window.agent"));
            assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        }
    }

    @Test
    public void anythingElseIsNotFound() throws Exception {
        try (AgentServer server = AgentServer.start()) {
            assertEquals(get(server.agentUrl().replace("agent.html", "secret.txt")).statusCode(), 404);
        }
    }
}
