package dev.parley.harness.call;

import dev.parley.harness.peer.SessionDescription;
import java.util.Optional;

/**
 * Changes a peer's signaling on its way to the other peer, as a middlebox on the path would: a
 * {@link Call} passes every relayed description and trickled candidate through it. The impairment
 * module uses it to put a forwarder between the peers by rewriting their candidates.
 */
public interface SignalingTransform {

    /** Who sent the description or candidate. */
    enum Sender { OFFERER, ANSWERER }

    /** Leaves everything as the peers sent it. */
    SignalingTransform NONE = new SignalingTransform() {
        @Override
        public SessionDescription description(Sender from, SessionDescription description) {
            return description;
        }

        @Override
        public Optional<String> candidate(Sender from, String candidate) {
            return Optional.of(candidate);
        }
    };

    /** The description as the other peer is to receive it. */
    SessionDescription description(Sender from, SessionDescription description);

    /** The candidate line as the other peer is to receive it, or empty to withhold it from that peer. */
    Optional<String> candidate(Sender from, String candidate);
}
