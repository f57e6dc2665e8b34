package dev.parley.harness.call;

import dev.parley.harness.peer.IceCandidate;
import dev.parley.harness.peer.OfferOptions;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.harness.peer.PeerException;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.harness.relay.RelayClient;
import dev.parley.harness.relay.RelayServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two peers, offerer and answerer, whose signaling goes through the relay exactly like a real app's:
 * every description and candidate is sent by one side's relay client and taken from the other's.
 * Candidates are trickled by {@link #pump()}, which every wait calls.
 */
public final class Call implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Call.class);
    public static final Duration SIGNALING_TIMEOUT = Duration.ofSeconds(20);

    private final Side offerer;
    private final Side answerer;
    private final List<SessionDescription> descriptions = new ArrayList<>();
    private final List<String> candidateErrors = new ArrayList<>();
    private boolean trickle = true;
    private Steps steps = Steps.NONE;
    private SignalingTransform transform = SignalingTransform.NONE;

    public Call(Peer offerer, Peer answerer, RelayServer relay, String room) {
        this.offerer = new Side(offerer, SignalingTransform.Sender.OFFERER,
                RelayClient.connect(relay.uri(), room, "offerer-" + offerer.kind()));
        this.answerer = new Side(answerer, SignalingTransform.Sender.ANSWERER,
                RelayClient.connect(relay.uri(), room, "answerer-" + answerer.kind()));
    }

    public Peer offerer() {
        return offerer.peer;
    }

    public Peer answerer() {
        return answerer.peer;
    }

    /** Reports each stage of the call (negotiation, waits) as a named step. */
    public void steps(Steps reporter) {
        this.steps = reporter;
    }

    /** Every description relayed so far, in order (for the report). */
    public List<SessionDescription> descriptions() {
        return List.copyOf(descriptions);
    }

    /**
     * addIceCandidate rejections met while trickling. Like the perfect-negotiation pattern, the pump
     * does not stop on them (a rolled-back offer's candidates are expected to be refused); ICE tests
     * assert this list is empty.
     */
    public List<String> candidateErrors() {
        return List.copyOf(candidateErrors);
    }

    /** Whether candidates trickle through the relay (true) or only travel inside complete descriptions. */
    public void trickle(boolean on) {
        this.trickle = on;
    }

    /**
     * Passes every description and candidate relayed from now on through the transform before the
     * receiving peer gets it (e.g. an impaired network path); {@link SignalingTransform#NONE} by default.
     */
    public void transform(SignalingTransform transform) {
        this.transform = Objects.requireNonNull(transform, "transform");
    }

    private Side side(Peer peer) {
        if (peer == offerer.peer) {
            return offerer;
        }
        if (peer == answerer.peer) {
            return answerer;
        }
        throw new IllegalArgumentException(peer.kind() + " is not in this call");
    }

    private Side other(Side side) {
        return side == offerer ? answerer : offerer;
    }

    /** Sends a description from one peer through the relay; returns it as the other peer receives it. */
    public SessionDescription relay(Peer from, SessionDescription description) {
        Side sender = side(from);
        Side receiver = other(sender);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sdp", description.sdp());
        sender.client.send(description.type(), fields);
        Map<String, Object> message = receiver.take(description.type());
        SessionDescription received = transform.description(sender.role,
                new SessionDescription(String.valueOf(message.get("type")), String.valueOf(message.get("sdp"))));
        descriptions.add(received);
        return received;
    }

    /** Relays the description and applies it to the other peer with setRemoteDescription. */
    public void deliver(Peer from, SessionDescription description) {
        Side receiver = other(side(from));
        steps.run("relay the " + description.type() + " from " + from.kind() + " and set it on " + receiver.peer.kind(),
                () -> setRemoteDescription(receiver.peer, relay(from, description)));
    }

    /**
     * peer.setRemoteDescription(description), after which trickled candidates can be applied to it
     * (they wait in the pump until the peer has a remote description, as a real app's queue does).
     */
    public void setRemoteDescription(Peer peer, SessionDescription description) {
        Side side = side(peer);
        peer.setRemoteDescription(description);
        side.remoteSet = !"rollback".equals(description.type());
        pump();
    }

    /**
     * The whole exchange: createOffer, setLocalDescription, relay, setRemoteDescription, createAnswer,
     * setLocalDescription, relay, setRemoteDescription. Without trickle each side waits for gathering
     * to complete and sends its complete localDescription.
     */
    public void negotiate() {
        negotiate(OfferOptions.NONE);
    }

    public void negotiate(OfferOptions options) {
        steps.run("negotiate: " + offerer.peer.kind() + " offers, " + answerer.peer.kind() + " answers"
                + (trickle ? " (trickle ICE)" : " (complete SDP)") + (options.iceRestart() ? ", ICE restart" : ""), () -> {
            SessionDescription offer = offerer.peer.createOffer(options);
            offerer.peer.setLocalDescription(offer);
            deliver(offerer.peer, trickle ? offer : completeLocalDescription(offerer.peer));
            answer();
        });
    }

    /** The answerer's half: createAnswer, setLocalDescription, relay back, setRemoteDescription. */
    public void answer() {
        SessionDescription answer = answerer.peer.createAnswer();
        answerer.peer.setLocalDescription(answer);
        deliver(answerer.peer, trickle ? answer : completeLocalDescription(answerer.peer));
    }

    /** Waits for iceGatheringState complete, then returns localDescription with every candidate in it. */
    public SessionDescription completeLocalDescription(Peer peer) {
        Waits.untilEquals(peer.kind() + ".iceGatheringState", "complete", SIGNALING_TIMEOUT, () -> { },
                peer::iceGatheringState);
        return peer.localDescription();
    }

    /** Forwards new icecandidate events through the relay and applies candidates that arrived. */
    public void pump() {
        for (Side side : List.of(offerer, answerer)) {
            side.forwardCandidates(trickle);
        }
        for (Side side : List.of(offerer, answerer)) {
            side.applyCandidates();
        }
    }

    /** Waits (pumping candidates) until both peers reach the connection state. */
    public void awaitConnectionState(String state, Duration timeout) {
        steps.run("await connectionState " + state + " on both peers", () -> Waits.until("connectionState " + state + " on both peers", timeout, this::pump, () -> {
            String a = offerer.peer.connectionState();
            String b = answerer.peer.connectionState();
            return a.equals(state) && b.equals(state) ? null
                    : "offerer " + offerer.peer.kind() + " " + a + ", answerer " + answerer.peer.kind() + " " + b;
        }));
    }

    public void await(String expected, Duration timeout, Waits.Check check) {
        steps.run("await " + expected, () -> Waits.until(expected, timeout, this::pump, check));
    }

    @Override
    public void close() {
        offerer.client.close();
        answerer.client.close();
    }

    /** One peer with its relay client and its candidate bookkeeping. */
    private final class Side {
        final Peer peer;
        final SignalingTransform.Sender role;
        final RelayClient client;
        final Queue<Map<String, Object>> inbox = new ConcurrentLinkedQueue<>();
        final List<Map<String, Object>> pendingCandidates = new ArrayList<>();
        int eventsSeen;
        boolean remoteSet;

        Side(Peer peer, SignalingTransform.Sender role, RelayClient client) {
            this.peer = peer;
            this.role = role;
            this.client = client;
            client.onMessage(inbox::add);
        }

        Map<String, Object> take(String type) {
            long deadline = System.nanoTime() + SIGNALING_TIMEOUT.toNanos();
            List<String> seen = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                for (Map<String, Object> m : inbox) {
                    if (type.equals(m.get("type"))) {
                        inbox.remove(m);
                        return m;
                    }
                }
                sleep();
            }
            inbox.forEach(m -> seen.add(String.valueOf(m.get("type"))));
            throw new AssertionError(peer.kind() + " got no '" + type + "' from the relay within "
                    + SIGNALING_TIMEOUT.toSeconds() + " s; queued instead: " + seen);
        }

        void forwardCandidates(boolean trickleOn) {
            List<PeerEvent> events = peer.events();
            for (int i = eventsSeen; i < events.size(); i++) {
                PeerEvent e = events.get(i);
                if (!trickleOn || !e.type().equals("icecandidate")) {
                    continue;
                }
                Map<String, Object> fields = new HashMap<>();
                fields.put("candidate", e.value());
                if (e.detail() != null) {
                    fields.putAll(Json.object(e.detail()));
                }
                client.send("candidate", fields);
            }
            eventsSeen = events.size();
        }

        void applyCandidates() {
            // Candidates keep their arrival order; descriptions stay in the inbox for take().
            for (Map<String, Object> m : inbox) {
                if ("candidate".equals(m.get("type")) && inbox.remove(m)) {
                    pendingCandidates.add(m);
                }
            }
            if (!remoteSet) {
                return;
            }
            for (Map<String, Object> m : pendingCandidates) {
                Object candidate = m.get("candidate");
                if (candidate == null) {
                    LOG.debug("{}: end of candidates from the remote peer", peer.kind());
                    continue;
                }
                Optional<String> line = String.valueOf(candidate).isEmpty() ? Optional.of("")
                        : transform.candidate(other(this).role, String.valueOf(candidate));
                if (line.isEmpty()) {
                    LOG.debug("{}: candidate withheld by the signaling transform: {}", peer.kind(), candidate);
                    continue;
                }
                Number index = (Number) m.get("sdpMLineIndex");
                IceCandidate ice = new IceCandidate(line.get(), (String) m.get("sdpMid"),
                        index == null ? null : index.intValue(), (String) m.get("usernameFragment"));
                try {
                    peer.addIceCandidate(ice);
                } catch (PeerException e) {
                    candidateErrors.add(peer.kind() + " addIceCandidate(" + ice.candidate() + "): " + e.getMessage());
                }
            }
            pendingCandidates.clear();
        }

        private void sleep() {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }
}
