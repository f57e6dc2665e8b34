package dev.parley.suites.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.harness.browser.BrowserPeer;
import dev.parley.harness.call.Call;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.harness.relay.RelayedMessage;
import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Attaches what every test leaves in the report: SDPs, timelines, relayed messages, stats, logs. */
final class Evidence {
    private static final Logger LOG = LoggerFactory.getLogger(Evidence.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Evidence() {
    }

    static void attach(Call call, List<RelayedMessage> relayed, boolean failed) {
        List<SessionDescription> descriptions = call.descriptions();
        for (int i = 0; i < descriptions.size(); i++) {
            SessionDescription d = descriptions.get(i);
            Allure.addAttachment((i + 1) + ". " + d.type() + " SDP", "text/plain", d.sdp(), ".sdp");
        }
        attachJson("relayed messages", relayed);
        if (!call.candidateErrors().isEmpty()) {
            attachText("addIceCandidate rejections", String.join("\n", call.candidateErrors()));
        }
        attachPeer("offerer " + call.offerer().kind(), call.offerer(), failed);
        attachPeer("answerer " + call.answerer().kind(), call.answerer(), failed);
    }

    private static void attachPeer(String role, Peer peer, boolean failed) {
        safely(role + " timeline", () -> attachText(role + " event timeline", timeline(peer.events())));
        safely(role + " stats", () -> attachJson(role + " getStats", peer.getStats()));
        safely(role + " logs", () -> attachText(role + " console log", String.join("\n", peer.logs())));
        if (failed && peer instanceof BrowserPeer browser) {
            safely(role + " screenshot", () -> {
                byte[] png = browser.screenshot();
                if (png.length > 0) {
                    Allure.addAttachment(role + " screenshot", "image/png", new ByteArrayInputStream(png), ".png");
                }
            });
        }
    }

    static String timeline(List<PeerEvent> events) {
        StringBuilder out = new StringBuilder();
        for (PeerEvent e : events) {
            out.append(String.format("%10.1f ms  %-26s %s%s%n", e.timeMs(), e.type(),
                    e.value() == null ? "null" : e.value(), e.detail() == null ? "" : "  (" + e.detail() + ")"));
        }
        return out.toString();
    }

    private static void attachText(String name, String text) {
        Allure.addAttachment(name, "text/plain", text, ".txt");
    }

    private static void attachJson(String name, Object value) {
        try {
            Allure.addAttachment(name, "application/json", JSON.writeValueAsString(value), ".json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            attachText(name, String.valueOf(value));
        }
    }

    /** Evidence is best effort: a peer that died must not hide the test's own failure. */
    private static void safely(String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("no {} for the report: {}", what, e.getMessage());
        }
    }
}
