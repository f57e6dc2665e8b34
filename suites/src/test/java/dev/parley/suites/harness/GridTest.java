package dev.parley.suites.harness;

import dev.parley.harness.browser.AgentServer;
import dev.parley.harness.browser.BrowserPeer;
import dev.parley.harness.browser.BrowserSettings;
import dev.parley.harness.browser.ChromeSession;
import dev.parley.harness.call.Call;
import dev.parley.harness.grid.LocalGrid;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.MessageDigest;
import dev.parley.harness.peer.MessageSpec;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.harness.relay.RelayServer;
import io.qameta.allure.Allure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.testng.annotations.Test;

/** Scale-out: the browsers of a pairing started on a Selenium Grid instead of locally. */
public class GridTest {

    @Test(description = "A chrome->chrome pairing runs through a local Selenium Grid: connected, a message delivered")
    public void aPairingRunsThroughALocalSeleniumGrid() throws Exception {
        Allure.parameter("pair", "chrome->chrome");
        Allure.label("feature", "harness: a pairing through Selenium Grid");
        Path lib = Path.of(System.getProperty("parley.gridLib", "../grid-runtime/target/lib"));
        try (LocalGrid grid = LocalGrid.start(lib);
             AgentServer agent = AgentServer.start();
             RelayServer relay = RelayServer.start()) {
            BrowserSettings settings = BrowserSettings.fromSystem().withGrid(grid.uri());
            ChromeSession first = new ChromeSession(settings);
            ChromeSession second = new ChromeSession(settings);
            try {
                first.start(agent.agentUrl());
                second.start(agent.agentUrl());
                if (!first.versions().getOrDefault("chrome.via", "").startsWith("grid")) {
                    throw new AssertionError("the browser was not started through the Grid: " + first.versions());
                }
                BrowserPeer offerer = new BrowserPeer(first);
                BrowserPeer answerer = new BrowserPeer(second);
                try (Call call = new Call(offerer, answerer, relay, "grid")) {
                    offerer.open(PeerConfiguration.defaults());
                    answerer.open(PeerConfiguration.defaults());
                    String channel = offerer.createDataChannel("through-grid", DataChannelInit.DEFAULT);
                    call.negotiate();
                    call.awaitConnectionState("connected", Duration.ofSeconds(20));
                    call.await("channel open", Duration.ofSeconds(20), () ->
                            "open".equals(offerer.dataChannel(channel).readyState()) ? null : offerer.dataChannel(channel).readyState());
                    MessageDigest sent = offerer.send(channel, MessageSpec.text(64, 9));
                    call.await("the message on the answerer", Duration.ofSeconds(20), () -> {
                        List<String> handles = answerer.dataChannels();
                        return !handles.isEmpty() && answerer.received(handles.get(0)).equals(List.of(sent)) ? null
                                : "received " + (handles.isEmpty() ? "no channel" : answerer.received(handles.get(0)));
                    });
                }
            } finally {
                first.close();
                second.close();
                Allure.addAttachment("grid log", "text/plain", grid.log(), ".txt");
            }
        }
    }
}
