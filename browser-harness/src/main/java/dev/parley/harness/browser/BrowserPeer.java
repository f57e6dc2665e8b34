package dev.parley.harness.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.harness.peer.BulkTransfer;
import dev.parley.harness.peer.DataChannelInfo;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.IceCandidate;
import dev.parley.harness.peer.MessageDigest;
import dev.parley.harness.peer.MessageSpec;
import dev.parley.harness.peer.OfferOptions;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.harness.peer.PeerException;
import dev.parley.harness.peer.SessionDescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link Peer} on the browser's own RTCPeerConnection, driven through the agent page. */
public final class BrowserPeer implements Peer, BulkTransfer {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final BrowserSession session;
    private final PageChannel page;
    private final List<PeerEvent> events = new ArrayList<>();

    public BrowserPeer(BrowserSession session) {
        this.session = session;
        this.page = session.page();
    }

    public BrowserSession session() {
        return session;
    }

    @Override
    public String kind() {
        return session.kind();
    }

    private JsonNode call(String method, Object... args) {
        ObjectNode request = JSON.createObjectNode();
        request.put("method", method);
        request.set("args", JSON.valueToTree(Arrays.asList(args)));
        String response;
        try {
            response = page.call(request.toString());
        } catch (RuntimeException e) {
            throw new PeerException("DriverError", kind() + " agent call " + method + " failed: " + e.getMessage(), e);
        }
        try {
            JsonNode node = JSON.readTree(response);
            if (node.has("error")) {
                throw new PeerException(node.path("error").path("name").asText(), node.path("error").path("message").asText());
            }
            return node.path("ok");
        } catch (JsonProcessingException e) {
            throw new PeerException("DriverError", kind() + " agent returned no JSON for " + method + ": " + response, e);
        }
    }

    private <T> T call(Class<T> type, String method, Object... args) {
        JsonNode node = call(method, args);
        return node.isNull() ? null : JSON.convertValue(node, type);
    }

    private <T> T call(TypeReference<T> type, String method, Object... args) {
        return JSON.convertValue(call(method, args), type);
    }

    @Override
    public void open(PeerConfiguration configuration) {
        Map<String, Object> config = new LinkedHashMap<>();
        List<Map<String, Object>> servers = new ArrayList<>();
        for (PeerConfiguration.IceServer server : configuration.iceServers()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("urls", server.urls());
            if (server.username() != null) {
                s.put("username", server.username());
                s.put("credential", server.credential());
            }
            servers.add(s);
        }
        config.put("iceServers", servers);
        config.put("iceTransportPolicy", configuration.iceTransportPolicy());
        if (configuration.bundlePolicy() != null) {
            config.put("bundlePolicy", configuration.bundlePolicy());
        }
        call("open", config);
        events.clear();
    }

    @Override
    public SessionDescription createOffer(OfferOptions options) {
        return call(SessionDescription.class, "createOffer", Map.of("iceRestart", options.iceRestart()));
    }

    @Override
    public SessionDescription createAnswer() {
        return call(SessionDescription.class, "createAnswer");
    }

    @Override
    public void setLocalDescription(SessionDescription description) {
        call("setLocalDescription", description);
    }

    @Override
    public void setRemoteDescription(SessionDescription description) {
        call("setRemoteDescription", description);
    }

    @Override
    public void addIceCandidate(IceCandidate candidate) {
        call("addIceCandidate", candidate);
    }

    private SessionDescription description(String name) {
        return call(SessionDescription.class, "get", name);
    }

    @Override
    public SessionDescription localDescription() {
        return description("localDescription");
    }

    @Override
    public SessionDescription currentLocalDescription() {
        return description("currentLocalDescription");
    }

    @Override
    public SessionDescription pendingLocalDescription() {
        return description("pendingLocalDescription");
    }

    @Override
    public SessionDescription remoteDescription() {
        return description("remoteDescription");
    }

    @Override
    public SessionDescription currentRemoteDescription() {
        return description("currentRemoteDescription");
    }

    @Override
    public SessionDescription pendingRemoteDescription() {
        return description("pendingRemoteDescription");
    }

    @Override
    public String signalingState() {
        return call("get", "signalingState").asText();
    }

    @Override
    public String iceGatheringState() {
        return call("get", "iceGatheringState").asText();
    }

    @Override
    public String iceConnectionState() {
        return call("get", "iceConnectionState").asText();
    }

    @Override
    public String connectionState() {
        return call("get", "connectionState").asText();
    }

    @Override
    public boolean canTrickleIceCandidates() {
        JsonNode value = call("get", "canTrickleIceCandidates");
        return value.asBoolean(false);
    }

    @Override
    public void restartIce() {
        call("restartIce");
    }

    @Override
    public List<String> addUserMedia(boolean audio, boolean video) {
        return call(new TypeReference<List<String>>() { }, "addUserMedia", audio, video);
    }

    @Override
    public void addTransceiver(String kind, String direction) {
        call("addTransceiver", kind, direction);
    }

    @Override
    public String createDataChannel(String label, DataChannelInit init) {
        return call("createDataChannel", label, init).asText();
    }

    @Override
    public List<String> dataChannels() {
        return call(new TypeReference<List<String>>() { }, "dataChannels");
    }

    @Override
    public DataChannelInfo dataChannel(String handle) {
        return call(DataChannelInfo.class, "dataChannel", handle);
    }

    @Override
    public MessageDigest send(String handle, MessageSpec message) {
        return call(MessageDigest.class, "send", handle, message);
    }

    @Override
    public List<MessageDigest> received(String handle) {
        return call(new TypeReference<List<MessageDigest>>() { }, "received", handle);
    }

    @Override
    public void closeDataChannel(String handle) {
        call("closeDataChannel", handle);
    }

    @Override
    public void sendBulk(String handle, long total, int chunk) {
        call("sendBulk", handle, total, chunk);
    }

    @Override
    public void countOnly(String handle) {
        call("countOnly", handle);
    }

    @Override
    public ChannelCounters counters(String handle) {
        return call(ChannelCounters.class, "counters", handle);
    }

    @Override
    public List<Map<String, Object>> getStats() {
        return call(new TypeReference<List<Map<String, Object>>>() { }, "getStats");
    }

    @Override
    public synchronized List<PeerEvent> events() {
        JsonNode fresh = call("eventsSince", events.size());
        for (JsonNode e : fresh) {
            events.add(new PeerEvent(e.path("type").asText(), e.path("value").isNull() ? null : e.path("value").asText(),
                    e.path("detail").isNull() ? null : e.path("detail").asText(), e.path("t").asDouble()));
        }
        return List.copyOf(events);
    }

    @Override
    public List<String> logs() {
        return call(new TypeReference<List<String>>() { }, "logs");
    }

    @Override
    public void closeConnection() {
        call("closeConnection");
    }

    /** Reloads the agent page: the next test gets a fresh page in the same browser. */
    public void reset() {
        page.reload();
        synchronized (this) {
            events.clear();
        }
    }

    public byte[] screenshot() {
        return page.screenshot();
    }

    @Override
    public void close() {
        session.close();
    }
}
