package dev.parley.harness.relay;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.testng.annotations.Test;

public class RelayRecordingTest extends RelayTestSupport {

    /** Each reading advances both clocks: epoch by 1 ms, monotonic by 1000 ns. */
    private static final class SteppingClock implements RelayClock {
        private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);
        private final AtomicLong nanos = new AtomicLong(5_000);

        @Override
        public long epochMillis() {
            return millis.incrementAndGet();
        }

        @Override
        public long monotonicNanos() {
            return nanos.addAndGet(1000);
        }
    }

    @Test
    public void everyRelayedMessageIsRecordedInOrderWithItsTimestamps() {
        startRelay(RelaySettings.defaults().withClock(new SteppingClock()));
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");

        alice.send("offer", Map.of("sdp", "o"));
        bob.next("offer", WAIT);
        bob.send("answer", Map.of("sdp", "a"));
        alice.next("answer", WAIT);
        alice.send("candidate", Map.of("candidate", "c", "to", "bob"));
        bob.next("candidate", WAIT);

        List<RelayedMessage> recorded = relay.recorded("room-1");
        assertEquals(recorded.stream().map(RelayedMessage::type).toList(), List.of("offer", "answer", "candidate"));
        assertEquals(recorded.stream().map(RelayedMessage::from).toList(), List.of("alice", "bob", "alice"));
        assertEquals(recorded.stream().map(m -> String.valueOf(m.to())).toList(), List.of("null", "null", "bob"));
        assertEquals(recorded.stream().map(RelayedMessage::epochMillis).toList(),
                List.of(1_700_000_000_001L, 1_700_000_000_002L, 1_700_000_000_003L));
        assertEquals(recorded.stream().map(RelayedMessage::monotonicNanos).toList(), List.of(6_000L, 7_000L, 8_000L));
    }

    @Test
    public void aRecordNamesTheRoomTheRecipientsAndTheJsonAsDelivered() {
        startRelay();
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        long before = System.currentTimeMillis();

        alice.send("offer", Map.of("sdp", "o"));
        bob.next("offer", WAIT);

        RelayedMessage offer = relay.recorded("room-1").get(0);
        assertEquals(offer.room(), "room-1");
        assertEquals(offer.deliveredTo(), List.of("bob"));
        assertEquals(RelayJson.toMap(offer.json()), Map.of("type", "offer", "room", "room-1", "sdp", "o", "from", "alice"));
        assertTrue(offer.epochMillis() >= before && offer.epochMillis() <= System.currentTimeMillis(), String.valueOf(offer));
    }

    @Test
    public void aRecordSerializesWithAPlainObjectMapperForTheReport() throws JsonProcessingException {
        RelayedMessage message = new RelayedMessage("room-1", "alice", null, List.of("bob"), "offer", "{}", 1L, 2L);

        assertEquals(new ObjectMapper().writeValueAsString(message), "{\"room\":\"room-1\",\"from\":\"alice\",\"to\":null,"
                + "\"deliveredTo\":[\"bob\"],\"type\":\"offer\",\"json\":\"{}\",\"epochMillis\":1,\"monotonicNanos\":2}");
    }

    @Test
    public void recordingsAreKeptPerRoom() {
        startRelay();
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        RelayClient carol = join("room-2", "carol");
        RelayClient dave = join("room-2", "dave");

        alice.send("offer", Map.of());
        bob.next("offer", WAIT);
        carol.send("bye", Map.of());
        dave.next("bye", WAIT);

        assertEquals(relay.recorded("room-1").stream().map(RelayedMessage::type).toList(), List.of("offer"));
        assertEquals(relay.recorded("room-2").stream().map(RelayedMessage::type).toList(), List.of("bye"));
        assertEquals(relay.recorded("room-never-used"), List.of());
    }

    @Test
    public void clearingARoomForgetsOnlyThatRoomsRecording() {
        startRelay();
        RelayClient alice = join("room-1", "alice");
        RelayClient bob = join("room-1", "bob");
        RelayClient carol = join("room-2", "carol");
        RelayClient dave = join("room-2", "dave");
        barrier(alice, bob);
        barrier(carol, dave);

        relay.clearRecorded("room-1");

        assertEquals(relay.recorded("room-1"), List.of());
        assertEquals(relay.recorded("room-2").size(), 1);
        barrier(bob, alice);
        assertEquals(relay.recorded("room-1").size(), 1);
    }

    @Test
    public void aMessageSentToAnEmptyRoomIsRecordedWithNoRecipients() {
        startRelay();
        RelayClient alice = join("room-1", "alice");

        alice.send("offer", Map.of());
        alice.send("hello", Map.of());
        alice.next("error", WAIT);

        assertEquals(relay.recorded("room-1").get(0).deliveredTo(), List.of());
    }

    @Test
    public void rejectedMessagesAreNotRecorded() {
        startRelay();
        RelayClient alice = join("room-1", "alice");
        join("room-1", "bob");

        alice.send("offer", Map.of("to", "nobody"));
        alice.next("error", WAIT);

        assertEquals(relay.recorded("room-1"), List.of());
    }
}
