package dev.parley.suites.datachannel;

import static dev.parley.suites.datachannel.Channels.assertDelivered;
import static dev.parley.suites.datachannel.Channels.awaitOpen;
import static dev.parley.suites.datachannel.Channels.awaitRemote;
import static dev.parley.suites.datachannel.Channels.awaitState;
import static dev.parley.suites.support.Expect.state;

import dev.parley.harness.peer.DataChannelInfo;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.MessageDigest;
import dev.parley.harness.peer.MessageSpec;
import dev.parley.harness.peer.Peer;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.testng.annotations.Test;

/** RTCDataChannel across the pairing: opening, delivery, reliability options, negotiated ids, closing. */
public class DataChannelTest extends PairTest {
    static final int[] SIZES = {1, 16 * 1024, 64 * 1024, 256 * 1024};

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-iceConnectionState.https.html: "
            + "connection with one data channel should eventually have connected connection state")
    public void aChannelCreatedByTheOffererOpensOnBothSides(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: open from the offerer", call -> {
            String local = call.offerer().createDataChannel("from-offerer", DataChannelInit.DEFAULT);
            state("readyState right after createDataChannel", "connecting", call.offerer().dataChannel(local).readyState());
            call.negotiate();
            awaitOpen(call, call.offerer(), local);
            String remote = awaitRemote(call, call.answerer(), "from-offerer");
            awaitOpen(call, call.answerer(), remote);
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-ondatachannel.html: "
            + "In-band negotiated channel created on remote peer should match the same configuration as local peer")
    public void aChannelCreatedByTheAnswererAfterConnectingOpensOnBothSides(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: open from the answerer", call -> {
            call.offerer().createDataChannel("bootstrap", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", Channels.OPEN);
            String local = call.answerer().createDataChannel("from-answerer", DataChannelInit.DEFAULT);
            awaitOpen(call, call.answerer(), local);
            String remote = awaitRemote(call, call.offerer(), "from-answerer");
            awaitOpen(call, call.offerer(), remote);
            MessageDigest sent = call.answerer().send(local, MessageSpec.text(11, 7));
            assertDelivered(call, call.offerer(), remote, List.of(sent));
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCDataChannel-send.html: "
            + "${mode} should be able to send simple string and receive as string")
    public void textMessagesFrom1ByteTo256KiBArriveIntactAndInOrder(Pairing pairing) throws Exception {
        sizes(pairing, false);
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCDataChannel-send.html: "
            + "${mode} should be able to send Uint8Array message and receive as ArrayBuffer")
    public void binaryMessagesFrom1ByteTo256KiBArriveIntactAndInOrder(Pairing pairing) throws Exception {
        sizes(pairing, true);
    }

    private void sizes(Pairing pairing, boolean binary) throws Exception {
        inCall(pairing, "datachannel: " + (binary ? "binary" : "text") + " 1 B .. 256 KiB in order", call -> {
            Channels.Pair channel = Channels.openFromOfferer(call, "sizes", DataChannelInit.DEFAULT);
            String local = channel.local();
            String remote = channel.remote();
            List<MessageDigest> sent = new ArrayList<>();
            int seed = 0;
            for (int size : SIZES) {
                sent.add(call.offerer().send(local, binary ? MessageSpec.binary(size, seed++) : MessageSpec.text(size, seed++)));
            }
            assertDelivered(call, call.answerer(), remote, sent);
        });
    }

    /** Larger limits (Firefox: 1 GiB) are tested up to this size: the message is generated in the page. */
    static final long LARGEST_TESTED = 4L * 1024 * 1024;

    @Test(dataProvider = "pairs", description = "webrtc/RTCSctpTransport-maxMessageSize.html: "
            + "max-message-size with a (non-zero) value provided by the remote peer")
    public void aMessageOfTheNegotiatedMaxMessageSizeArrivesIntact(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: a message of max-message-size (RFC 8841)", call -> {
            Channels.Pair channel = Channels.openFromOfferer(call, "largest", DataChannelInit.DEFAULT);
            String local = channel.local();
            String remote = channel.remote();
            // RFC 8841: the sender may send up to the receiver's a=max-message-size, 65536 when absent.
            long receiverLimit = maxMessageSize(call.offerer().remoteDescription().sdp());
            long senderLimit = maxMessageSize(call.offerer().localDescription().sdp());
            long size = Math.min(Math.min(receiverLimit, senderLimit), LARGEST_TESTED);
            MessageDigest sent = call.offerer().send(local, MessageSpec.binary((int) size, 11));
            assertDelivered(call, call.answerer(), remote, List.of(sent));
        });
    }

    static long maxMessageSize(String sdp) {
        return sdp.lines().filter(l -> l.startsWith("a=max-message-size:"))
                .map(l -> Long.parseLong(l.substring("a=max-message-size:".length()).trim()))
                .map(v -> v == 0 ? Long.MAX_VALUE : v)
                .findFirst().orElse(65536L);
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-createDataChannel.html: "
            + "createDataChannel with ordered false should succeed")
    public void anUnorderedChannelOpensAsUnorderedOnBothSides(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: unordered channel", call -> {
            Channels.Pair channel = Channels.openFromOfferer(call, "unordered", DataChannelInit.unordered());
            String local = channel.local();
            String remote = channel.remote();
            for (DataChannelInfo info : List.of(call.offerer().dataChannel(local), call.answerer().dataChannel(remote))) {
                if (info.ordered()) {
                    throw new AssertionError("channel " + info.handle() + " reports ordered=true; expected false");
                }
            }
            MessageDigest sent = call.offerer().send(local, MessageSpec.binary(1000, 3));
            assertDelivered(call, call.answerer(), remote, List.of(sent));
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCDataChannel-send.html: "
            + "Sending multiple messages simultaneously in unordered mode works reliably")
    public void aChannelWithMaxRetransmitsZeroDeliversAnInOrderSubsetAndNeverStalls(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: maxRetransmits=0 delivers a subset, never stalls", call -> {
            Channels.Pair channel = Channels.openFromOfferer(call, "lossy", DataChannelInit.maxRetransmits(0));
            String local = channel.local();
            String remote = channel.remote();
            List<MessageDigest> burst = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                burst.add(call.offerer().send(local, MessageSpec.binary(1000, 1000 + i)));
            }
            Thread.sleep(1000);
            // After the burst the channel still delivers: with 10% loss, losing all 20 is ~1e-20.
            List<MessageDigest> after = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                after.add(call.offerer().send(local, MessageSpec.binary(1000, 5000 + i)));
            }
            call.await("a message sent after the burst to arrive", Channels.OPEN, () ->
                    call.answerer().received(remote).stream().anyMatch(after::contains) ? null
                            : call.answerer().received(remote).size() + " messages so far, none of the last 20");
            List<MessageDigest> sent = new ArrayList<>(burst);
            sent.addAll(after);
            Channels.assertOrderedSubset(call.answerer().received(remote), sent);
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-createDataChannel.html: "
            + "createDataChannel with maxRetransmits 0 should succeed")
    public void aChannelWithMaxRetransmitsZeroOpensWithThatPropertyOnBothSides(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: maxRetransmits=0 channel", call -> {
            Channels.Pair channel = Channels.openFromOfferer(call, "unreliable", DataChannelInit.maxRetransmits(0));
            String local = channel.local();
            String remote = channel.remote();
            for (DataChannelInfo info : List.of(call.offerer().dataChannel(local), call.answerer().dataChannel(remote))) {
                if (!Objects.equals(info.maxRetransmits(), 0)) {
                    throw new AssertionError("channel " + info.handle() + " reports maxRetransmits=" + info.maxRetransmits());
                }
            }
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-ondatachannel.html: "
            + "Negotiated channel should not fire datachannel event on remote peer")
    public void negotiatedChannelsWithTheSameIdConnectWithoutADatachannelEvent(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: negotiated channel with fixed id", call -> {
            String a = call.offerer().createDataChannel("negotiated", DataChannelInit.negotiated(5));
            String b = call.answerer().createDataChannel("negotiated", DataChannelInit.negotiated(5));
            call.negotiate();
            awaitOpen(call, call.offerer(), a);
            awaitOpen(call, call.answerer(), b);
            for (Peer peer : List.of(call.offerer(), call.answerer())) {
                DataChannelInfo info = peer.dataChannel(peer == call.offerer() ? a : b);
                if (!Objects.equals(info.id(), 5) || !info.negotiated()) {
                    throw new AssertionError(peer.kind() + " negotiated channel has id " + info.id() + ", negotiated " + info.negotiated());
                }
            }
            MessageDigest there = call.offerer().send(a, MessageSpec.text(100, 1));
            MessageDigest back = call.answerer().send(b, MessageSpec.text(100, 2));
            assertDelivered(call, call.answerer(), b, List.of(there));
            assertDelivered(call, call.offerer(), a, List.of(back));
            if (dev.parley.harness.call.Timeline.count(call.answerer().events(), "datachannel") != 0) {
                throw new AssertionError("a negotiated channel fired a datachannel event on the answerer");
            }
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-createDataChannel.html: "
            + "Channels created (after setRemoteDescription) should have id assigned")
    public void sixtyFourChannelsOnOneConnectionAllOpenAndDeliver(Pairing pairing) throws Exception {
        inCall(pairing, "datachannel: 64 channels on one connection", call -> {
            List<String> locals = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                locals.add(call.offerer().createDataChannel("ch" + i, DataChannelInit.DEFAULT));
            }
            call.negotiate();
            call.await("64 datachannel events on the answerer", Channels.OPEN, () -> {
                long n = dev.parley.harness.call.Timeline.count(call.answerer().events(), "datachannel");
                return n >= 64 ? null : n + " of 64";
            });
            List<MessageDigest> sent = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                awaitOpen(call, call.offerer(), locals.get(i));
                sent.add(call.offerer().send(locals.get(i), MessageSpec.text(32, i)));
            }
            for (int i = 0; i < 64; i++) {
                String remote = awaitRemote(call, call.answerer(), "ch" + i);
                assertDelivered(call, call.answerer(), remote, List.of(sent.get(i)));
            }
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCDataChannel-close.html: "
            + "Close ${mode} causes onclosing and onclose to be called")
    public void aCloseFromTheOffererReachesClosedOnBothSides(Pairing pairing) throws Exception {
        closes(pairing, true);
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCDataChannel-close.html: "
            + "Close ${mode} causes closing and close event to be called")
    public void aCloseFromTheAnswererReachesClosedOnBothSides(Pairing pairing) throws Exception {
        closes(pairing, false);
    }

    private void closes(Pairing pairing, boolean offererCloses) throws Exception {
        inCall(pairing, "datachannel: close from the " + (offererCloses ? "offerer" : "answerer"), call -> {
            Channels.Pair channel = Channels.openFromOfferer(call, "closing", DataChannelInit.DEFAULT);
            String local = channel.local();
            String remote = channel.remote();
            awaitOpen(call, call.answerer(), remote);
            if (offererCloses) {
                call.offerer().closeDataChannel(local);
            } else {
                call.answerer().closeDataChannel(remote);
            }
            awaitState(call, call.offerer(), local, "closed");
            awaitState(call, call.answerer(), remote, "closed");
        });
    }
}
