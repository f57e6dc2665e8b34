package dev.parley.suites.datachannel;

import dev.parley.harness.call.Call;
import dev.parley.harness.call.Timeline;
import dev.parley.harness.peer.DataChannelInfo;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.MessageDigest;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The data-channel vocabulary of the suite, like WPT's createDataChannelPair helpers. */
final class Channels {
    static final Duration OPEN = Duration.ofSeconds(20);

    private Channels() {
    }

    /** The offerer's handle of a channel and the answerer's handle of the same channel. */
    record Pair(String local, String remote) {
    }

    /**
     * The offerer creates the channel, the call negotiates, and both ends wait until it is open:
     * the start of most data-channel tests.
     */
    static Pair openFromOfferer(Call call, String label, DataChannelInit init) {
        String local = call.offerer().createDataChannel(label, init);
        call.negotiate();
        awaitOpen(call, call.offerer(), local);
        return new Pair(local, awaitRemote(call, call.answerer(), label));
    }

    /** Waits for the channel handle to be open on its peer. */
    static void awaitOpen(Call call, Peer peer, String handle) {
        awaitState(call, peer, handle, "open");
    }

    static void awaitState(Call call, Peer peer, String handle, String state) {
        call.await(peer.kind() + " channel " + handle + " readyState " + state, OPEN, () -> {
            String actual = peer.dataChannel(handle).readyState();
            return state.equals(actual) ? null : "readyState " + actual;
        });
    }

    /** The handle of the channel the peer received in a datachannel event with this label. */
    static String awaitRemote(Call call, Peer peer, String label) {
        String[] found = new String[1];
        call.await(peer.kind() + " datachannel event for '" + label + "'", OPEN, () -> {
            for (PeerEvent e : peer.events()) {
                if (e.type().equals("datachannel") && label.equals(e.detail())) {
                    found[0] = e.value();
                    return null;
                }
            }
            return "datachannel events so far: " + Timeline.values(peer.events(), "datachannel");
        });
        return found[0];
    }

    /** Waits until the receiver has as many messages as were sent, then checks they match in order. */
    static void assertDelivered(Call call, Peer receiver, String handle, List<MessageDigest> sent) {
        call.await(sent.size() + " messages on " + receiver.kind() + " channel " + handle, OPEN, () -> {
            int got = receiver.received(handle).size();
            return got >= sent.size() ? null : got + " of " + sent.size() + " arrived";
        });
        List<MessageDigest> received = receiver.received(handle);
        if (!received.equals(sent)) {
            for (int i = 0; i < Math.max(sent.size(), received.size()); i++) {
                MessageDigest want = i < sent.size() ? sent.get(i) : null;
                MessageDigest got = i < received.size() ? received.get(i) : null;
                if (!Objects.equals(want, got)) {
                    throw new AssertionError("message " + (i + 1) + " expected " + want + " but came " + got);
                }
            }
        }
    }

    /** Every received message was sent, at most once, and in the order sent (messages may be missing). */
    static void assertOrderedSubset(List<MessageDigest> received, List<MessageDigest> sent) {
        int next = 0;
        for (int i = 0; i < received.size(); i++) {
            int at = sent.subList(next, sent.size()).indexOf(received.get(i));
            if (at < 0) {
                throw new AssertionError("received message " + (i + 1) + " " + received.get(i)
                        + " was not sent, or came twice or out of order");
            }
            next += at + 1;
        }
    }

    static DataChannelInfo info(Peer peer, String handle) {
        return peer.dataChannel(handle);
    }
}
