package dev.parley.harness.relay;

import java.util.List;

/**
 * One message the relay passed on, as recorded for the report.
 *
 * @param room           the room it travelled in
 * @param from           the sender's peer name
 * @param to             the addressee named in the message's "to" field, or null for a message to
 *                       every other peer of the room (a plain nullable String, so that a default
 *                       Jackson ObjectMapper serializes records as they are)
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
        String to,
        List<String> deliveredTo,
        String type,
        String json,
        long epochMillis,
        long monotonicNanos) {

    public RelayedMessage {
        deliveredTo = List.copyOf(deliveredTo);
    }

    /** True when the message was addressed to one peer with "to". */
    public boolean addressed() {
        return to != null;
    }
}
