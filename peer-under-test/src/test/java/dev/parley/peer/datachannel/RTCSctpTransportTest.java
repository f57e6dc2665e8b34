package dev.parley.peer.datachannel;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.MessageEvent;
import dev.parley.peer.api.RTCDataChannelInit;
import dev.parley.peer.dtls.DtlsSettings;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsRole;
import dev.parley.peer.dtls.RTCDtlsTransport;
import dev.parley.peer.ice.PacketTransport;
import dev.parley.peer.sctp.SctpOptions;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/**
 * RTCSctpTransport without RTCPeerConnection: two transports whose packets go straight to each other (a
 * switch can hold them back), and the whole stack DTLS -> SCTP -> data channels over an in-memory datagram
 * link. No network.
 */
public class RTCSctpTransportTest {

    private ExecutorService events;
    private final BlockingQueue<RTCDataChannel> announced = new LinkedBlockingQueue<>();
    private volatile boolean linkUp = true;
    private RTCSctpTransport a;
    private RTCSctpTransport b;

    @BeforeMethod
    public void wire() {
        events = Executors.newSingleThreadExecutor();
        announced.clear();
        linkUp = true;
        a = new RTCSctpTransport(SctpOptions.defaults(), null, events, c -> { });
        b = new RTCSctpTransport(SctpOptions.defaults(), 262144L, events, announced::add);
    }

    @AfterMethod(alwaysRun = true)
    public void close() {
        a.close();
        b.close();
        events.shutdownNow();
    }

    private void connect() {
        a.start(true, p -> {
            if (linkUp) {
                b.receive(p);
            }
        });
        b.start(false, p -> {
            if (linkUp) {
                a.receive(p);
            }
        });
    }

    private RTCDataChannel open(RTCSctpTransport on, String label, RTCDataChannelInit init, int id) throws Exception {
        RTCDataChannel c = new RTCDataChannel(label, init, events);
        c.assignId(id);
        on.attach(c);
        ConnectionPair.awaitState(c, RTCDataChannelState.OPEN);
        return c;
    }

    @Test(description = "webrtc-pc 6.1.1.1: maxMessageSize is the remote a=max-message-size (65536 when absent, "
            + "0 for none) capped by ours; state connecting until the association is up, maxChannels null before")
    public void attributesFollowTheNegotiationAndTheAssociation() throws Exception {
        assertEquals(a.state(), RTCSctpTransportState.CONNECTING);
        assertEquals(a.maxChannels(), null);
        assertEquals(a.maxMessageSize(), 65536.0);
        assertEquals(b.maxMessageSize(), 262144.0);
        b.setRemoteMaxMessageSize(0L);
        assertEquals(b.maxMessageSize(), 262144.0, "no remote limit: ours");
        List<String> states = new CopyOnWriteArrayList<>();
        a.setOnstatechange(e -> states.add(a.state().spec()));
        connect();
        ConnectionPair.await("connected", () -> a.state() == RTCSctpTransportState.CONNECTED);
        assertEquals(a.maxChannels(), Integer.valueOf(65535));
        assertEquals(states, List.of("connected"));
    }

    @Test(description = "webrtc-pc 6.2 send(): a message above maxMessageSize is a TypeError; 65536 bytes pass "
            + "when the remote description had no a=max-message-size")
    public void aMessageAboveMaxMessageSizeIsATypeError() throws Exception {
        connect();
        RTCDataChannel c = open(a, "limits", RTCDataChannelInit.DEFAULT, 0);
        RTCDataChannel remote = announced.poll(10, TimeUnit.SECONDS);
        assertEquals(expectThrows(DOMException.class, () -> c.send(new byte[65537])).name(), "TypeError");
        BlockingQueue<MessageEvent> got = new LinkedBlockingQueue<>();
        remote.addEventListener("message", e -> got.add((MessageEvent) e));
        c.send(new byte[65536]);
        assertEquals(got.poll(10, TimeUnit.SECONDS).bytes().length, 65536);
    }

    @Test(description = "webrtc-pc 6.2: bufferedAmount grows with send() while the peer does not answer, send() "
            + "beyond the 16 MiB send buffer is an OperationError, and bufferedamountlow fires as the buffer "
            + "drains below the threshold")
    public void aFullSendBufferIsAnOperationErrorAndDrainingFiresBufferedAmountLow() throws Exception {
        connect();
        RTCDataChannel c = open(a, "full", RTCDataChannelInit.DEFAULT, 0);
        announced.poll(10, TimeUnit.SECONDS);
        linkUp = false;
        List<String> fired = new CopyOnWriteArrayList<>();
        c.setBufferedAmountLowThreshold(1024 * 1024);
        c.setOnbufferedamountlow(e -> fired.add("bufferedamountlow:" + c.bufferedAmount()));
        byte[] message = new byte[65536];
        int sent = 0;
        DOMException full = null;
        while (full == null && sent < 1000) {
            try {
                c.send(message);
                sent++;
            } catch (DOMException e) {
                full = e;
            }
        }
        assertTrue(full != null, "no OperationError after " + sent + " messages");
        assertEquals(full.name(), "OperationError");
        assertTrue(sent >= 250 && sent <= 256, sent + " messages of 64 KiB fit in 16 MiB");
        assertTrue(c.bufferedAmount() > 15L * 1024 * 1024, "bufferedAmount " + c.bufferedAmount());
        assertTrue(fired.isEmpty());
        linkUp = true;
        ConnectionPair.await("drained", () -> c.bufferedAmount() == 0);
        ConnectionPair.await("bufferedamountlow", () -> !fired.isEmpty());
        assertEquals(fired.size(), 1, fired.toString());
    }

    @Test(description = "close() releases the transport's executor thread")
    public void closeReleasesTheExecutor() throws Exception {
        connect();
        ConnectionPair.await("connected", () -> a.state() == RTCSctpTransportState.CONNECTED);
        long before = sctpThreads();
        a.close();
        b.close();
        ConnectionPair.await("sctp threads gone", () -> sctpThreads() <= before - 2);
        assertFalse(a.toString().isEmpty());
    }

    private static long sctpThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("parley-sctp-") && t.isAlive()).count();
    }

    @Test(description = "STYLE rule 7: DTLS -> SCTP -> data channels stack without RTCPeerConnection, over an "
            + "in-memory datagram link; the DTLS client picks even ids and the channel talks both ways")
    public void theStackWorksOverDtlsAlone() throws Exception {
        Link[] link = Link.pair();
        RTCCertificate clientCert = RTCCertificate.generate();
        RTCCertificate serverCert = RTCCertificate.generate();
        RTCDtlsTransport client = new RTCDtlsTransport(link[0], List.of(clientCert), DtlsSettings.DEFAULTS);
        RTCDtlsTransport server = new RTCDtlsTransport(link[1], List.of(serverCert), DtlsSettings.DEFAULTS);
        BlockingQueue<RTCDataChannel> onServer = new LinkedBlockingQueue<>();
        RTCSctpTransport clientSctp = RTCSctpTransport.over(client, SctpOptions.defaults(), null, events, c -> { });
        RTCSctpTransport serverSctp = RTCSctpTransport.over(server, SctpOptions.defaults(), null, events,
                onServer::add);
        try {
            server.start(RTCDtlsRole.SERVER, clientCert.getFingerprints());
            client.start(RTCDtlsRole.CLIENT, serverCert.getFingerprints());
            RTCDataChannel c = new RTCDataChannel("over-dtls", RTCDataChannelInit.DEFAULT, events);
            c.assignId(0);
            clientSctp.attach(c);
            ConnectionPair.awaitState(c, RTCDataChannelState.OPEN);
            RTCDataChannel remote = onServer.poll(10, TimeUnit.SECONDS);
            assertEquals(remote.id(), Integer.valueOf(0));
            assertEquals(clientSctp.transport(), client);
            BlockingQueue<MessageEvent> got = new LinkedBlockingQueue<>();
            c.addEventListener("message", e -> got.add((MessageEvent) e));
            remote.send("pong");
            assertEquals(got.poll(10, TimeUnit.SECONDS).data(), "pong");
            server.close();
            ConnectionPair.await("the client's SCTP closed after DTLS closed",
                    () -> clientSctp.state() == RTCSctpTransportState.CLOSED);
            ConnectionPair.awaitState(c, RTCDataChannelState.CLOSED);
        } finally {
            clientSctp.close();
            serverSctp.close();
            client.close();
            server.close();
        }
    }

    /** One end of a lossless in-memory datagram link. */
    private static final class Link implements PacketTransport {
        private volatile Link peer;
        private volatile Consumer<byte[]> receiver;

        static Link[] pair() {
            Link x = new Link();
            Link y = new Link();
            x.peer = y;
            y.peer = x;
            return new Link[] {x, y};
        }

        @Override
        public void send(byte[] data, int offset, int length) {
            Consumer<byte[]> r = peer.receiver;
            if (r != null) {
                r.accept(java.util.Arrays.copyOfRange(data, offset, offset + length));
            }
        }

        @Override
        public void setReceiver(Consumer<byte[]> receiver) {
            this.receiver = receiver;
        }
    }
}
