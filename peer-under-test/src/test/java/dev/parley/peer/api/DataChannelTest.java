package dev.parley.peer.api;

import static dev.parley.peer.api.Negotiation.drain;
import static dev.parley.peer.api.Negotiation.exchangeOfferAnswer;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.peer.datachannel.RTCDataChannel;
import dev.parley.peer.datachannel.RTCDataChannelState;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** createDataChannel() and its option checks (webrtc-pc section 6.1). */
public class DataChannelTest {

    private RTCPeerConnection pc;

    @BeforeMethod
    public void open() {
        pc = Offline.connection();
    }

    @AfterMethod
    public void close() {
        pc.close();
    }

    private String error(String label, RTCDataChannelInit init) {
        return expectThrows(DOMException.class, () -> pc.createDataChannel(label, init)).name();
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel attribute default values")
    public void defaultChannelIsConnectingOrderedReliableWithoutId() {
        RTCDataChannel dc = pc.createDataChannel("");
        assertEquals(dc.readyState(), RTCDataChannelState.CONNECTING);
        assertTrue(dc.ordered());
        assertNull(dc.maxPacketLifeTime());
        assertNull(dc.maxRetransmits());
        assertEquals(dc.protocol(), "");
        assertFalse(dc.negotiated());
        assertNull(dc.id());
        assertEquals(dc.bufferedAmount(), 0);
        assertEquals(dc.binaryType(), "arraybuffer");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with provided parameters "
            + "should initialize attributes to provided values")
    public void providedOptionsBecomeTheAttributes() {
        RTCDataChannel dc = pc.createDataChannel("label",
                new RTCDataChannelInit(false, null, 2, "proto", true, 7));
        assertFalse(dc.ordered());
        assertEquals(dc.maxRetransmits(), Integer.valueOf(2));
        assertEquals(dc.protocol(), "proto");
        assertTrue(dc.negotiated());
        assertEquals(dc.id(), Integer.valueOf(7));
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with both "
            + "maxPacketLifeTime and maxRetransmits should throw TypeError")
    public void bothMaxPacketLifeTimeAndMaxRetransmitsIsATypeError() {
        assertEquals(error("x", new RTCDataChannelInit(null, 100, 2, null, null, null)), "TypeError");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with too long label "
            + "(2 byte unicode) should throw TypeError")
    public void labelOver65535BytesIsATypeError() {
        assertEquals(error("\u00b5".repeat(32768), RTCDataChannelInit.DEFAULT), "TypeError");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with too long protocol "
            + "should throw TypeError")
    public void protocolOver65535BytesIsATypeError() {
        assertEquals(error("x", new RTCDataChannelInit(null, null, null, "a".repeat(65536), null, null)), "TypeError");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with maximum length label "
            + "and protocol should succeed")
    public void labelAndProtocolOfExactly65535BytesAreAccepted() {
        RTCDataChannel dc = pc.createDataChannel("a".repeat(65535),
                new RTCDataChannelInit(null, null, null, "b".repeat(65535), null, null));
        assertEquals(dc.label().length(), 65535);
    }

    @DataProvider
    public Object[][] badIds() {
        return new Object[][] {{-1}, {65535}, {65536}};
    }

    @Test(dataProvider = "badIds", description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel "
            + "with id ${id} should throw TypeError [template]")
    public void idOutOf0To65534IsATypeError(int id) {
        assertEquals(error("x", RTCDataChannelInit.negotiated(id)), "TypeError");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with negotiated true and "
            + "id not defined should throw TypeError")
    public void negotiatedWithoutIdIsATypeError() {
        assertEquals(error("x", new RTCDataChannelInit(null, null, null, null, true, null)), "TypeError");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with negotiated false and "
            + "id 42 should ignore the id")
    public void idWithoutNegotiatedIsIgnored() {
        assertNull(pc.createDataChannel("x", new RTCDataChannelInit(null, null, null, null, false, 42)).id());
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: Reusing a data channel id that is in use "
            + "should throw OperationError")
    public void reusingAnIdInUseIsAnOperationError() {
        pc.createDataChannel("a", RTCDataChannelInit.negotiated(1));
        assertEquals(error("b", RTCDataChannelInit.negotiated(1)), "OperationError");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with closed connection "
            + "should throw InvalidStateError")
    public void createDataChannelAfterCloseIsAnInvalidStateError() {
        pc.close();
        assertEquals(error("x", RTCDataChannelInit.DEFAULT), "InvalidStateError");
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: createDataChannel with same label used "
            + "twice should not throw")
    public void sameLabelTwiceIsFine() {
        pc.createDataChannel("same");
        pc.createDataChannel("same");
        assertEquals(pc.getStats().join().ofType("data-channel").size(), 2);
    }

    @Test(description = "webrtc/RTCPeerConnection-createDataChannel.html: Channels created (after "
            + "setRemoteDescription) should have id assigned")
    public void channelsGetEvenIdsWhenThisSideIsTheDtlsClient() {
        RTCPeerConnection remote = Offline.connection();
        try {
            RTCDataChannel before = remote.createDataChannel("before");
            exchangeOfferAnswer(remote, pc);
            // The answerer takes a=setup:active, so the offerer is the DTLS server and uses odd ids.
            assertEquals(before.id(), Integer.valueOf(1));
            assertEquals(remote.createDataChannel("after").id(), Integer.valueOf(3));
            assertEquals(pc.createDataChannel("answerer").id(), Integer.valueOf(0));
        } finally {
            remote.close();
        }
    }

    @Test(description = "webrtc/RTCDataChannel-send.html: Calling send() when data channel is in connecting state "
            + "should throw InvalidStateError")
    public void sendBeforeOpenIsAnInvalidStateError() {
        RTCDataChannel dc = pc.createDataChannel("x");
        assertEquals(expectThrows(DOMException.class, () -> dc.send("hi")).name(), "InvalidStateError");
    }

    @Test(description = "webrtc-pc section 4.4.1.6 close(): set the [[ReadyState]] slot of each of connection's "
            + "RTCDataChannels to closed (closed abruptly, the closing procedure is not invoked)")
    public void closingTheConnectionClosesTheChannelWithoutAnEvent() {
        RTCDataChannel dc = pc.createDataChannel("x");
        List<String> events = new ArrayList<>();
        for (String type : List.of("closing", "close", "error")) {
            dc.addEventListener(type, e -> events.add(e.type()));
        }
        pc.close();
        assertEquals(dc.readyState(), RTCDataChannelState.CLOSED);
        // connectionClosed() queues nothing: no event can come later either
        assertEquals(events, List.of());
    }

    @Test(description = "webrtc/RTCDataChannel-close.html: Close ${mode} causes onclosing and onclose to be called "
            + "[template]")
    public void closingAConnectingChannelEndsClosedWithACloseEvent() {
        RTCDataChannel dc = pc.createDataChannel("x");
        List<String> events = new ArrayList<>();
        dc.addEventListener("close", e -> events.add(e.type()));
        dc.close();
        assertTrue(dc.readyState() == RTCDataChannelState.CLOSING || dc.readyState() == RTCDataChannelState.CLOSED);
        drain(pc);
        assertEquals(dc.readyState(), RTCDataChannelState.CLOSED);
        assertEquals(events, List.of("close"));
    }

    /** A one-shot latch for events. */
    static final class CountDown {
        private final java.util.concurrent.CountDownLatch latch = new java.util.concurrent.CountDownLatch(1);

        void release() {
            latch.countDown();
        }

        void await() {
            try {
                assertTrue(latch.await(5, java.util.concurrent.TimeUnit.SECONDS), "event did not fire");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
