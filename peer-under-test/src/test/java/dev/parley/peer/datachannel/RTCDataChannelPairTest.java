package dev.parley.peer.datachannel;

import static dev.parley.peer.datachannel.ConnectionPair.awaitState;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNotNull;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.MessageEvent;
import dev.parley.peer.api.RTCDataChannelInit;
import dev.parley.peer.api.RTCStatsReport;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.testng.annotations.Test;

/**
 * RTCDataChannel and RTCSctpTransport between two Java RTCPeerConnections on real ICE, DTLS and SCTP, in the
 * test network: opening from either side, delivery, options, negotiated ids, many channels, closing, errors.
 */
public class RTCDataChannelPairTest {

    private static final int[] SIZES = {1, 1000, 16 * 1024, 64 * 1024, 256 * 1024};

    @Test(description = "webrtc/RTCDataChannel-send.html / RTCPeerConnection-ondatachannel.html: a channel "
            + "created by the offerer opens on both sides with the spec's events, over a connected RTCSctpTransport")
    public void aChannelOfTheOffererOpensOnBothSides() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            assertNull(pair.offerer.pc.sctp(), "sctp is null before negotiation");
            RTCDataChannel local = pair.offerer.create("chat", RTCDataChannelInit.DEFAULT);
            pair.negotiate();
            RTCSctpTransport sctp = pair.offerer.pc.sctp();
            assertNotNull(sctp, "sctp after the answer");
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = pair.answerer.nextReceived();
            awaitState(remote, RTCDataChannelState.OPEN);
            ConnectionPair.await("open event on the answerer", () -> pair.answerer.events(remote).contains("open"));
            assertEquals(pair.offerer.events(local), List.of("open"));
            // announced channels are already open in the datachannel event, and open fires after it
            assertEquals(pair.answerer.events(remote), List.of("datachannel:open", "open"));
            assertEquals(local.id(), Integer.valueOf(1), "the offerer is the DTLS server: odd ids");
            assertEquals(remote.id(), local.id());
            assertEquals(remote.label(), "chat");
            assertEquals(sctp.state(), RTCSctpTransportState.CONNECTED);
            assertEquals(sctp.transport().getState(), RTCDtlsTransportState.CONNECTED, "transport: the DTLS transport");
            assertEquals(sctp.maxMessageSize(), 262144.0);
            assertEquals(sctp.maxChannels(), Integer.valueOf(65535));
            assertEquals(pair.answerer.pc.sctp().state(), RTCSctpTransportState.CONNECTED);
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-ondatachannel.html: a channel created by the answerer after "
            + "connecting opens on both sides and carries a message")
    public void aChannelOfTheAnswererAfterConnectingOpensAndDelivers() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            pair.offerer.create("bootstrap", RTCDataChannelInit.DEFAULT);
            pair.negotiate();
            pair.answerer.nextReceived();
            RTCDataChannel local = pair.answerer.create("from-answerer", RTCDataChannelInit.DEFAULT);
            assertEquals(local.id(), Integer.valueOf(0), "the answerer is the DTLS client: even ids");
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = pair.offerer.nextReceived();
            local.send("hello from the answerer");
            assertEquals(pair.offerer.nextMessage(remote).data(), "hello from the answerer");
        }
    }

    @Test(description = "webrtc/RTCDataChannel-send.html: text and binary messages from 1 B to 256 KiB arrive "
            + "intact and in order, both ways")
    public void messagesFrom1ByteTo256KiBArriveIntactAndInOrder() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            RTCDataChannel local = pair.offerer.create("sizes", RTCDataChannelInit.DEFAULT);
            pair.negotiate();
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = pair.answerer.nextReceived();
            awaitState(remote, RTCDataChannelState.OPEN);
            for (RTCDataChannel[] way : List.of(new RTCDataChannel[] {local, remote},
                    new RTCDataChannel[] {remote, local})) {
                ConnectionPair.Side receiver = way[1] == remote ? pair.answerer : pair.offerer;
                List<Object> sent = new ArrayList<>();
                for (int size : SIZES) {
                    String text = "x".repeat(size - 1) + (char) ('a' + size % 26);
                    byte[] binary = payload(size);
                    way[0].send(text);
                    way[0].send(binary);
                    sent.add(text);
                    sent.add(binary);
                }
                way[0].send("");
                way[0].send(ByteBuffer.wrap(new byte[0]));
                for (Object expected : sent) {
                    MessageEvent m = receiver.nextMessage(way[1]);
                    if (expected instanceof String s) {
                        assertEquals(m.data(), s);
                    } else {
                        assertTrue(m.isBinary());
                        assertTrue(Arrays.equals((byte[]) m.data(), (byte[]) expected), "binary of "
                                + ((byte[]) expected).length);
                    }
                }
                assertEquals(receiver.nextMessage(way[1]).data(), "", "an empty string");
                assertEquals(((byte[]) receiver.nextMessage(way[1]).data()).length, 0, "an empty binary");
            }
            ConnectionPair.await("bufferedAmount back to 0", () -> local.bufferedAmount() == 0);
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: ordered false and maxRetransmits 0, "
            + "and maxPacketLifeTime, show on both sides")
    public void reliabilityOptionsShowOnBothSides() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            RTCDataChannel unordered = pair.offerer.create("unordered",
                    new RTCDataChannelInit(false, null, null, "proto-u", null, null));
            RTCDataChannel rexmit = pair.offerer.create("rexmit", new RTCDataChannelInit(null, null, 0, null, null, null));
            RTCDataChannel timed = pair.offerer.create("timed", new RTCDataChannelInit(false, 150, null, null, null, null));
            pair.negotiate();
            List<RTCDataChannel> remotes = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                remotes.add(pair.answerer.nextReceived());
            }
            RTCDataChannel ru = byLabel(remotes, "unordered");
            RTCDataChannel rr = byLabel(remotes, "rexmit");
            RTCDataChannel rt = byLabel(remotes, "timed");
            assertFalse(unordered.ordered());
            assertFalse(ru.ordered());
            assertEquals(ru.protocol(), "proto-u");
            assertNull(ru.maxRetransmits());
            assertEquals(rexmit.maxRetransmits(), Integer.valueOf(0));
            assertEquals(rr.maxRetransmits(), Integer.valueOf(0));
            assertTrue(rr.ordered());
            assertEquals(rt.maxPacketLifeTime(), Integer.valueOf(150));
            assertFalse(rt.ordered());
            awaitState(unordered, RTCDataChannelState.OPEN);
            unordered.send(new byte[1000]);
            assertEquals(((byte[]) pair.answerer.nextMessage(ru).data()).length, 1000);
            awaitState(rexmit, RTCDataChannelState.OPEN);
            rexmit.send("zero retransmits");
            assertEquals(pair.answerer.nextMessage(rr).data(), "zero retransmits");
            awaitState(timed, RTCDataChannelState.OPEN);
        }
    }

    @Test(description = "webrtc/RTCPeerConnection-ondatachannel.html: negotiated channels with id 5 on both sides "
            + "open without a datachannel event and talk both ways")
    public void negotiatedChannelsWithId5ConnectWithoutADatachannelEvent() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            RTCDataChannel a = pair.offerer.create("negotiated", RTCDataChannelInit.negotiated(5));
            RTCDataChannel b = pair.answerer.create("negotiated", RTCDataChannelInit.negotiated(5));
            pair.negotiate();
            awaitState(a, RTCDataChannelState.OPEN);
            awaitState(b, RTCDataChannelState.OPEN);
            assertEquals(a.id(), Integer.valueOf(5));
            assertEquals(b.id(), Integer.valueOf(5));
            a.send("there");
            b.send("back");
            assertEquals(pair.answerer.nextMessage(b).data(), "there");
            assertEquals(pair.offerer.nextMessage(a).data(), "back");
            assertTrue(pair.answerer.received.isEmpty() && pair.offerer.received.isEmpty(), "no datachannel event");
        }
    }

    @Test(description = "64 channels on one connection all open and deliver")
    public void sixtyFourChannelsAllOpenAndDeliver() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            List<RTCDataChannel> locals = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                locals.add(pair.offerer.create("ch" + i, RTCDataChannelInit.DEFAULT));
            }
            pair.negotiate();
            for (RTCDataChannel c : locals) {
                awaitState(c, RTCDataChannelState.OPEN);
                c.send(c.label());
            }
            for (int i = 0; i < 64; i++) {
                RTCDataChannel remote = pair.answerer.nextReceived();
                assertEquals(pair.answerer.nextMessage(remote).data(), remote.label());
            }
            assertEquals(locals.stream().map(RTCDataChannel::id).distinct().count(), 64L);
            Map<String, Object> stats = ConnectionPair.await(pair.offerer.pc.getStats()).ofType("peer-connection")
                    .get(0);
            assertEquals(stats.get("dataChannelsOpened"), 64);
        }
    }

    @Test(description = "webrtc/RTCDataChannel-close.html: close() from the offerer: closing then closed on both "
            + "sides; the closer fires close only, the other side closing then close")
    public void aCloseFromTheOffererReachesClosedOnBothSides() throws Exception {
        closes(true);
    }

    @Test(description = "webrtc/RTCDataChannel-close.html: close() from the answerer reaches closed on both sides")
    public void aCloseFromTheAnswererReachesClosedOnBothSides() throws Exception {
        closes(false);
    }

    private void closes(boolean offererCloses) throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            RTCDataChannel local = pair.offerer.create("closing", RTCDataChannelInit.DEFAULT);
            pair.negotiate();
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = pair.answerer.nextReceived();
            RTCDataChannel closer = offererCloses ? local : remote;
            RTCDataChannel other = offererCloses ? remote : local;
            ConnectionPair.Side closerSide = offererCloses ? pair.offerer : pair.answerer;
            ConnectionPair.Side otherSide = offererCloses ? pair.answerer : pair.offerer;
            closer.send("last words");
            closer.close();
            assertEquals(closer.readyState(), RTCDataChannelState.CLOSING);
            assertEquals(expectThrows(DOMException.class, () -> closer.send("too late")).name(), "InvalidStateError");
            awaitState(closer, RTCDataChannelState.CLOSED);
            awaitState(other, RTCDataChannelState.CLOSED);
            assertEquals(otherSide.nextMessage(other).data(), "last words", "queued messages go before the reset");
            ConnectionPair.await("close events", () -> closerSide.events(closer).contains("close")
                    && otherSide.events(other).contains("close"));
            assertEquals(ConnectionPair.only(closerSide.events(closer), "c"), List.of("close"));
            assertEquals(ConnectionPair.only(otherSide.events(other), "c"), List.of("closing", "close"));
            RTCStatsReport report = ConnectionPair.await(closerSide.pc.getStats());
            assertEquals(report.ofType("peer-connection").get(0).get("dataChannelsClosed"), 1);
            assertTrue(report.ofType("data-channel").isEmpty(), "closed channels are forgotten");
        }
    }

    @Test(description = "webrtc/RTCDataChannel-send.html: send() before open is an InvalidStateError, above "
            + "maxMessageSize a TypeError; stats count what was sent and received")
    public void sendErrorsAndStats() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            RTCDataChannel local = pair.offerer.create("errors", RTCDataChannelInit.DEFAULT);
            assertEquals(expectThrows(DOMException.class, () -> local.send("early")).name(), "InvalidStateError");
            pair.negotiate();
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = pair.answerer.nextReceived();
            assertEquals(expectThrows(DOMException.class, () -> local.send(new byte[262145])).name(), "TypeError");
            local.send(new byte[262144]);
            local.send("four");
            pair.answerer.nextMessage(remote);
            pair.answerer.nextMessage(remote);
            Map<String, Object> sent = ConnectionPair.await(pair.offerer.pc.getStats()).ofType("data-channel").get(0);
            assertEquals(sent.get("messagesSent"), 2L);
            assertEquals(sent.get("bytesSent"), 262148L);
            assertEquals(sent.get("label"), "errors");
            assertEquals(sent.get("state"), "open");
            assertEquals(sent.get("dataChannelIdentifier"), 1);
            Map<String, Object> got = ConnectionPair.await(pair.answerer.pc.getStats()).ofType("data-channel").get(0);
            assertEquals(got.get("messagesReceived"), 2L);
            assertEquals(got.get("bytesReceived"), 262148L);
        }
    }

    @Test(description = "webrtc/RTCDataChannel-close.html: closing the peer connection closes its channels "
            + "without events, and the peer's channels get error (sctp-failure) then close")
    public void closingTheConnectionAbortsTheAssociation() throws Exception {
        try (ConnectionPair pair = new ConnectionPair()) {
            RTCDataChannel local = pair.offerer.create("abort", RTCDataChannelInit.DEFAULT);
            pair.negotiate();
            awaitState(local, RTCDataChannelState.OPEN);
            RTCDataChannel remote = pair.answerer.nextReceived();
            awaitState(remote, RTCDataChannelState.OPEN);
            RTCSctpTransport sctp = pair.offerer.pc.sctp();
            pair.offerer.pc.close();
            assertEquals(local.readyState(), RTCDataChannelState.CLOSED);
            assertEquals(sctp.state(), RTCSctpTransportState.CLOSED);
            awaitState(remote, RTCDataChannelState.CLOSED);
            ConnectionPair.await("close on the peer", () -> pair.answerer.events(remote).contains("close"));
            assertEquals(pair.answerer.events(remote), List.of("datachannel:open", "open", "error:sctp-failure", "close"));
            assertEquals(pair.offerer.events(local), List.of("open"));
            ConnectionPair.await("the peer's sctp closed",
                    () -> pair.answerer.pc.sctp().state() == RTCSctpTransportState.CLOSED);
        }
    }

    static byte[] payload(int size) {
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = (byte) (i * 31 + size);
        }
        return out;
    }

    private static RTCDataChannel byLabel(List<RTCDataChannel> channels, String label) {
        return channels.stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no channel " + label + " in " + channels));
    }
}
