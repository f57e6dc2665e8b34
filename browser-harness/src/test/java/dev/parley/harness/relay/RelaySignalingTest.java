package dev.parley.harness.relay;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class RelaySignalingTest extends RelayTestSupport {

    @BeforeMethod
    public void start() {
        startRelay();
    }

    @Test
    public void joinRepliesJoinedWithThePeersAlreadyInTheRoom() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");

        assertEquals(alice.peersAtJoin(), List.of());
        assertEquals(bob.peersAtJoin(), List.of("alice"));
    }

    @Test
    public void thePeersAlreadyInTheRoomAreToldPeerJoined() {
        RelayClient alice = join("room-1", "alice");
        join("room-1", "bob");

        Map<String, Object> joined = alice.next("peer-joined", WAIT);

        assertEquals(joined, Map.of("type", "peer-joined", "room", "room-1", "peer", "bob"));
    }

    @Test
    public void anOfferIsRelayedToTheOtherPeerOfTheRoomWithFrom() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");

        alice.send("offer", Map.of("sdp", "v=0\r\n"));
        Map<String, Object> offer = bob.next("offer", WAIT);

        assertEquals(offer, Map.of("type", "offer", "room", "room-1", "sdp", "v=0\r\n", "from", "alice"));
    }

    @Test
    public void answerAndCandidateFieldsArriveUnchanged() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");

        bob.send("answer", Map.of("sdp", "v=0 answer"));
        bob.send("candidate", Map.of("candidate", "candidate:1 1 udp 2122260223 10.213.0.1 50000 typ host",
                "sdpMid", "0", "sdpMLineIndex", 0, "usernameFragment", "abcd"));

        assertEquals(alice.next("answer", WAIT).get("sdp"), "v=0 answer");
        Map<String, Object> candidate = alice.next("candidate", WAIT);
        assertEquals(candidate.get("candidate"), "candidate:1 1 udp 2122260223 10.213.0.1 50000 typ host");
        assertEquals(candidate.get("sdpMid"), "0");
        assertEquals(candidate.get("sdpMLineIndex"), 0);
        assertEquals(candidate.get("usernameFragment"), "abcd");
        assertEquals(candidate.get("from"), "bob");
    }

    @Test
    public void theSenderCannotForgeFrom() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");

        alice.send("offer", Map.of("sdp", "x", "from", "mallory"));

        assertEquals(bob.next("offer", WAIT).get("from"), "alice");
    }

    @Test
    public void aMessageIsNeverDeliveredAcrossRooms() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        RelayClient carol = join("room-2", "carol");
        RelayClient dave = join("room-2", "dave");

        alice.send("offer", Map.of("sdp", "for room-1 only"));
        bob.next("offer", WAIT);
        barrier(dave, carol);

        assertThrows(RelayTimeoutException.class, () -> carol.next("offer", Duration.ZERO));
    }

    @Test
    public void aMessageWithToGoesOnlyToThatPeer() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        RelayClient carol = join("room-1", "carol");

        alice.send("offer", Map.of("sdp", "for carol", "to", "carol"));
        assertEquals(carol.next("offer", WAIT).get("sdp"), "for carol");
        barrier(carol, bob);

        assertThrows(RelayTimeoutException.class, () -> bob.next("offer", Duration.ZERO));
    }

    @Test
    public void byeIsRelayedToTheOtherPeerWithFrom() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");

        alice.send("bye", Map.of());

        assertEquals(bob.next("bye", WAIT), Map.of("type", "bye", "room", "room-1", "from", "alice"));
    }

    @Test
    public void closingAConnectionTellsTheOthersPeerLeft() {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");

        bob.close();

        assertEquals(alice.next("peer-left", WAIT), Map.of("type", "peer-left", "room", "room-1", "peer", "bob"));
    }

    @Test
    public void aPeerNameCanBeJoinedAgainAfterItsConnectionClosed() {
        join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        bob.close();

        RelayClient bobAgain = RelayClient.connect(relay.uri(), "room-1", "bob");
        bobAgain.close();
    }

    @Test
    public void listenersSeeEveryMessageInArrivalOrder() throws InterruptedException {
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        List<Object> seen = new CopyOnWriteArrayList<>();
        CountDownLatch three = new CountDownLatch(3);
        bob.onMessage(message -> {
            seen.add(message.get("type") + ":" + message.get("n"));
            three.countDown();
        });

        alice.send("offer", Map.of("n", 1));
        alice.send("candidate", Map.of("n", 2));
        alice.send("candidate", Map.of("n", 3));

        assertTrue(three.await(WAIT.toMillis(), TimeUnit.MILLISECONDS), "three messages within " + WAIT);
        assertEquals(new ArrayList<>(seen), List.of("offer:1", "candidate:2", "candidate:3"));
    }
}
