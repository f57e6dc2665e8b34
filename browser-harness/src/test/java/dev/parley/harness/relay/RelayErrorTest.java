package dev.parley.harness.relay;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.time.Duration;
import java.util.Map;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class RelayErrorTest extends RelayTestSupport {
    private RelayClient alice;
    private RelayClient bob;

    @BeforeMethod
    public void twoPeersInOneRoom() {
        startRelay();
        alice = join("room-1", "alice");
        bob = join("room-1", "bob");
    }

    @Test
    public void malformedJsonGetsAnErrorReplyAndTheRelayStillServes() {
        alice.sendRaw("{\"type\":\"offer\",");

        Map<String, Object> error = alice.next("error", WAIT);
        assertEquals(error.get("code"), "malformed-json");
        alice.send("offer", Map.of("sdp", "after the bad frame"));
        assertEquals(bob.next("offer", WAIT).get("sdp"), "after the bad frame");
    }

    @Test
    public void jsonThatIsNotAnObjectIsAnInvalidMessage() {
        alice.sendRaw("[\"offer\"]");

        assertEquals(alice.next("error", WAIT).get("code"), "invalid-message");
    }

    @Test
    public void aMessageWithoutTypeIsAnInvalidMessage() {
        alice.sendRaw("{\"room\":\"room-1\",\"sdp\":\"x\"}");

        assertEquals(alice.next("error", WAIT).get("code"), "invalid-message");
    }

    @Test
    public void anUnknownTypeGetsAnErrorNamingIt() {
        alice.send("hello", Map.of());

        Map<String, Object> error = alice.next("error", WAIT);
        assertEquals(error.get("code"), "unknown-type");
        assertTrue(error.get("message").toString().contains("hello"), error.toString());
    }

    @Test
    public void aMessageOverOneMebibyteGetsTooLargeAndIsNotRelayed() {
        alice.send("offer", Map.of("sdp", "x".repeat(RelaySettings.DEFAULT_MAX_MESSAGE_BYTES)));

        assertEquals(alice.next("error", WAIT).get("code"), "too-large");
        barrier(alice, bob);
        assertThrows(RelayTimeoutException.class, () -> bob.next("offer", Duration.ZERO));
    }

    @Test
    public void aMessageOfExactlyOneMebibyteIsRelayed() {
        String prefix = "{\"type\":\"offer\",\"room\":\"room-1\",\"sdp\":\"";
        String suffix = "\"}";
        int padding = RelaySettings.DEFAULT_MAX_MESSAGE_BYTES - prefix.length() - suffix.length();
        alice.sendRaw(prefix + "x".repeat(padding) + suffix);

        assertEquals(bob.next("offer", WAIT).get("sdp").toString().length(), padding);
    }

    @Test
    public void aMessageForARoomTheSenderHasNotJoinedGetsNotJoined() {
        RelayClient carol = join("room-2", "carol");

        alice.sendRaw("{\"type\":\"offer\",\"room\":\"room-2\",\"sdp\":\"x\"}");

        Map<String, Object> error = alice.next("error", WAIT);
        assertEquals(error.get("code"), "not-joined");
        assertEquals(error.get("room"), "room-2");
        barrier(alice, bob);
        assertThrows(RelayTimeoutException.class, () -> carol.next("offer", Duration.ZERO));
    }

    @Test
    public void aMessageToAPeerNotInTheRoomGetsUnknownPeer() {
        alice.send("offer", Map.of("sdp", "x", "to", "nobody"));

        assertEquals(alice.next("error", WAIT).get("code"), "unknown-peer");
    }

    @Test
    public void aBinaryFrameGetsBinaryNotSupported() {
        alice.sendRawBinary(new byte[] {1, 2, 3});

        assertEquals(alice.next("error", WAIT).get("code"), "binary-not-supported");
    }

    @Test
    public void joiningWithAPeerNameTakenInTheRoomFailsWithTheRelaysReason() {
        RelayException refused = expectThrows(RelayException.class, () -> RelayClient.connect(relay.uri(), "room-1", "alice"));

        assertTrue(refused.getMessage().contains("peer-name-taken"), refused.getMessage());
    }

    @Test
    public void joiningTheSameRoomTwiceOnOneConnectionGetsAlreadyJoined() {
        alice.sendRaw("{\"type\":\"join\",\"room\":\"room-1\",\"peer\":\"alice2\"}");

        assertEquals(alice.next("error", WAIT).get("code"), "already-joined");
    }

    @Test
    public void aJoinWithoutAPeerNameIsAnInvalidMessage() {
        alice.sendRaw("{\"type\":\"join\",\"room\":\"room-3\"}");

        assertEquals(alice.next("error", WAIT).get("code"), "invalid-message");
    }
}
