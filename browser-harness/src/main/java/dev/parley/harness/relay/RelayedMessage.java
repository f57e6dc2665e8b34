package dev.parley.harness.relay;

import java.util.List;
import java.util.Optional;

/**
 * One message the relay passed on, as recorded for the report.
 *
 * @param room           the room it travelled in
 * @param from           the sender's peer name
 * @param to             the addressee named in the message's "to" field, empty for a message to
 *                       every other peer of the room
 * @param deliveredTo    the peers it was actually delivered to, in delivery order (empty when the
 *                       sender was alone in the room)
 * @param type           offer, answer, candidate or bye
 * @param json           the JSON text as delivered, including the "from" the relay added
 * @param epochMillis    wall-clock time of relaying, milliseconds since the epoch
 * @param monotonicNanos a {@link System#nanoTime()}-style reading taken at the same moment; only
 *                       differences between two readings mean anything
 */
public record RelayedMessage(
        String room,
        String from,
        Optional<String> to,
        List<String> deliveredTo,
        String type,
        String json,
        long epochMillis,
        long monotonicNanos) {

    public RelayedMessage {
        deliveredTo = List.copyOf(deliveredTo);
    }
}
