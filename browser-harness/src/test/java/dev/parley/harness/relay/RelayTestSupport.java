package dev.parley.harness.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testng.annotations.AfterMethod;

/** A relay per test and the clients joined to it, all closed after the test. */
abstract class RelayTestSupport {
    static final Duration WAIT = Duration.ofSeconds(5);

    protected RelayServer relay;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    protected RelayServer startRelay(RelaySettings settings) {
        relay = RelayServer.start(settings);
        toClose.add(relay);
        return relay;
    }

    protected RelayServer startRelay() {
        return startRelay(RelaySettings.defaults());
    }

    protected RelayClient join(String room, String peer) {
        RelayClient client = RelayClient.connect(relay.uri(), room, peer);
        toClose.add(0, client);
        return client;
    }

    /** Sends a bye from the sender and waits until the receiver has it: everything relayed before it has arrived. */
    protected static void barrier(RelayClient sender, RelayClient receiver) {
        sender.send("bye", Map.of("reason", "barrier"));
        receiver.next("bye", WAIT);
    }

    @AfterMethod(alwaysRun = true)
    public void closeAll() throws Exception {
        for (AutoCloseable closeable : toClose) {
            closeable.close();
        }
        toClose.clear();
    }
}
