package dev.parley.harness.relay;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of one room and the messages relayed in it. One lock per room orders joins, leaves,
 * deliveries and recording, so the recorded order is the delivery order.
 */
final class Room {
    private final String name;
    private final RelayClock clock;
    private final Map<String, RelaySession> members = new LinkedHashMap<>();
    private final List<RelayedMessage> recorded = new ArrayList<>();

    Room(String name, RelayClock clock) {
        this.name = name;
        this.clock = clock;
    }

    /** Adds the peer, replies "joined" with the others' names, and tells the others "peer-joined". */
    synchronized void join(RelaySession session, String peer) {
        if (session.peerName(name).isPresent()) {
            session.sendError(RelayError.ALREADY_JOINED,
                    "this connection already joined room '" + name + "' as '" + session.peerName(name).get() + "'", name);
            return;
        }
        if (members.containsKey(peer)) {
            session.sendError(RelayError.PEER_NAME_TAKEN, "peer name '" + peer + "' is already taken in room '" + name + "'", name);
            return;
        }
        ArrayNode others = RelayJson.object().arrayNode();
        members.keySet().forEach(others::add);
        members.put(peer, session);
        session.joined(name, peer);
        ObjectNode joined = RelayJson.object().put("type", "joined").put("room", name).put("peer", peer);
        joined.set("peers", others);
        session.send(joined);
        String peerJoined = RelayJson.write(RelayJson.object().put("type", "peer-joined").put("room", name).put("peer", peer));
        members.forEach((other, otherSession) -> {
            if (!other.equals(peer)) {
                otherSession.sendText(peerJoined);
            }
        });
    }

    /** Removes the session's peer, if it is a member, and tells the others "peer-left". */
    synchronized void leave(RelaySession session) {
        Optional<String> peer = session.peerName(name);
        if (peer.isEmpty() || members.get(peer.get()) != session) {
            return;
        }
        members.remove(peer.get());
        session.left(name);
        String peerLeft = RelayJson.write(RelayJson.object().put("type", "peer-left").put("room", name).put("peer", peer.get()));
        members.values().forEach(other -> other.sendText(peerLeft));
    }

    /**
     * Delivers the message, with "from" set to the sender's name, to the other members or only
     * to {@code to}, and records it.
     */
    synchronized void relay(RelaySession sender, String from, String type, ObjectNode message, String to) {
        if (to != null && (!members.containsKey(to) || to.equals(from))) {
            sender.sendError(RelayError.UNKNOWN_PEER, "no other peer named '" + to + "' in room '" + name + "'", name);
            return;
        }
        ObjectNode delivered = message.deepCopy();
        delivered.put("from", from);
        String json = RelayJson.write(delivered);
        List<String> deliveredTo = new ArrayList<>();
        members.forEach((peer, session) -> {
            if (!peer.equals(from) && (to == null || to.equals(peer))) {
                session.sendText(json);
                deliveredTo.add(peer);
            }
        });
        recorded.add(new RelayedMessage(name, from, to, deliveredTo, type, json,
                clock.epochMillis(), clock.monotonicNanos()));
    }

    synchronized List<RelayedMessage> recorded() {
        return List.copyOf(recorded);
    }

    synchronized void clearRecorded() {
        recorded.clear();
    }
}
