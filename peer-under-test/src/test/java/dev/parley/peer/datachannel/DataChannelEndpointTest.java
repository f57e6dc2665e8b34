package dev.parley.peer.datachannel;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.SimulatedNetwork.Conditions;
import dev.parley.peer.sctp.association.SendStatus;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.Test;

/** Data channels over two simulated associations: DCEP, stream ids by DTLS role, messages, close. */
public class DataChannelEndpointTest {

    /** A data channel endpoint on the simulated network, recording its events. */
    static final class Node extends SimulatedChannelEnd {
        final List<DataChannelEvent> events = new ArrayList<>();

        Node(boolean dtlsClient, SctpOptions options, long seed) {
            super(dtlsClient, options, seed);
        }

        @Override
        void onEvent(DataChannelEvent event) {
            events.add(event);
        }

        List<String> names() {
            return events.stream().map(e -> e.getClass().getSimpleName()).toList();
        }

        List<DataChannelEvent.MessageReceived> messages() {
            return events.stream().filter(DataChannelEvent.MessageReceived.class::isInstance)
                    .map(DataChannelEvent.MessageReceived.class::cast).toList();
        }

        /** The open/closing/closed events of one channel, in order. */
        List<String> lifecycleOf(int streamId) {
            List<String> out = new ArrayList<>();
            for (DataChannelEvent e : events) {
                if ((e instanceof DataChannelEvent.ChannelOpened o && o.streamId() == streamId)
                        || (e instanceof DataChannelEvent.ChannelClosing c && c.streamId() == streamId)
                        || (e instanceof DataChannelEvent.ChannelClosed d && d.streamId() == streamId)) {
                    out.add(e.getClass().getSimpleName());
                }
            }
            return out;
        }

        <T extends DataChannelEvent> List<T> all(Class<T> kind) {
            return events.stream().filter(kind::isInstance).map(kind::cast).toList();
        }
    }

    private static Node[] connect(Conditions conditions, long seed, SctpOptions options) {
        Node server = new Node(false, options, seed * 2);
        Node client = new Node(true, options, seed * 2 + 1);
        SimulatedNetwork net = new SimulatedNetwork(server, client, conditions, seed);
        nets.set(net);
        server.endpoint.connect(0);
        client.endpoint.connect(0);
        return new Node[] {server, client};
    }

    private static final ThreadLocal<SimulatedNetwork> nets = new ThreadLocal<>();

    @Test
    public void theBrowserScenarioOpensBothChannelsEchoesEveryMessageAndClosesCleanly() {
        for (long seed = 0; seed < 10; seed++) {
            Node[] n = connect(new Conditions(seed % 3 * 0.1, 5, 30, 0.02), seed,
                    SctpOptions.builder().enableMessageInterleaving(seed % 2 == 0).build());
            Node offerer = n[0];
            Node answerer = n[1];
            SimulatedNetwork net = nets.get();
            offerer.endpoint.setRemoteMaxMessageSize(262_144); // Chromium's a=max-message-size
            answerer.endpoint.setRemoteMaxMessageSize(1_073_741_823); // Firefox's
            // like the capture page: created before the association is up
            int main = offerer.endpoint.createChannel(DataChannelParameters.reliable("main"), 0);
            int unrel = offerer.endpoint.createChannel(
                    new DataChannelParameters("unrel", "x-test", false, 0, null, false, null, 256), 0);
            assertEquals(main % 2, 1, "the DTLS server picks odd ids");
            assertEquals(unrel % 2, 1);
            assertTrue(net.runUntil(() -> answerer.all(DataChannelEvent.ChannelOpened.class).size() == 2, 60_000));
            assertEquals(answerer.all(DataChannelEvent.ChannelOpened.class).stream()
                    .filter(o -> o.parameters().label().equals("unrel")).findFirst().orElseThrow().parameters(),
                    new DataChannelParameters("unrel", "x-test", false, 0, null, false, unrel, 256));
            offerer.endpoint.sendText(main, "a", net.now());
            offerer.endpoint.sendText(main, "x".repeat(70_000), net.now());
            offerer.endpoint.sendBinary(main, new byte[] {7}, net.now());
            offerer.endpoint.sendText(main, "", net.now());
            offerer.endpoint.sendBinary(main, new byte[0], net.now());
            assertTrue(net.runUntil(() -> answerer.messages().size() == 5, 120_000), "seed " + seed);
            List<DataChannelEvent.MessageReceived> got = answerer.messages();
            assertEquals(got.get(0).text(), "a");
            assertEquals(got.get(1).data().length, 70_000);
            assertEquals(got.get(2).binary(), true);
            assertEquals(got.get(3).data().length, 0);
            assertEquals(got.get(3).binary(), false);
            assertEquals(got.get(4).data().length, 0);
            assertEquals(got.get(4).binary(), true);
            for (DataChannelEvent.MessageReceived m : got) {
                answerer.endpoint.sendBinary(m.streamId(), m.data(), net.now());
            }
            assertTrue(net.runUntil(() -> offerer.messages().size() == 5, 120_000), "seed " + seed);
            offerer.endpoint.close(unrel, net.now());
            offerer.endpoint.close(main, net.now());
            assertTrue(net.runUntil(() -> offerer.all(DataChannelEvent.ChannelClosed.class).size() == 2
                    && answerer.all(DataChannelEvent.ChannelClosed.class).size() == 2, 120_000), "seed " + seed
                    + " " + offerer.names() + " " + answerer.names());
            assertEquals(answerer.names().get(0), "TransportConnected");
            for (int id : new int[] {main, unrel}) {
                assertEquals(answerer.lifecycleOf(id), List.of("ChannelOpened", "ChannelClosing", "ChannelClosed"));
                assertEquals(offerer.lifecycleOf(id), List.of("ChannelOpened", "ChannelClosed"));
            }
            assertEquals(offerer.endpoint.state(main), RTCDataChannelState.CLOSED);
            offerer.endpoint.abort(net.now());
            // if the ABORT is lost, the answerer's next packet (a HEARTBEAT at the latest) is answered by one
            assertTrue(net.runUntil(() -> answerer.names().contains("TransportClosed"), 120_000));
        }
    }

    @Test
    public void theDtlsClientPicksEvenIdsAndNegotiatedChannelsNeedNoDcep() {
        Node[] n = connect(Conditions.PERFECT, 77, SctpOptions.defaults());
        SimulatedNetwork net = nets.get();
        int a = n[1].endpoint.createChannel(DataChannelParameters.reliable("a"), 0);
        int b = n[1].endpoint.createChannel(DataChannelParameters.reliable("b"), 0);
        assertEquals(List.of(a, b), List.of(0, 2));
        DataChannelParameters negotiated = new DataChannelParameters("neg", "", true, null, null, true, 9, 0);
        n[0].endpoint.createChannel(negotiated, 0);
        n[1].endpoint.createChannel(negotiated, 0);
        assertTrue(net.runUntil(() -> n[0].all(DataChannelEvent.ChannelOpened.class).size() == 3, 10_000));
        assertEquals(n[1].endpoint.sendText(9, "hello", net.now()), SendStatus.QUEUED);
        assertTrue(net.runUntil(() -> n[0].messages().size() == 1, 10_000));
        assertEquals(n[0].messages().get(0).streamId(), 9);
        assertEquals(n[0].messages().get(0).text(), "hello");
    }

    @Test
    public void messagesAboveTheRemoteMaxMessageSizeAreRefused() {
        Node[] n = connect(Conditions.PERFECT, 78, SctpOptions.defaults());
        SimulatedNetwork net = nets.get();
        int id = n[0].endpoint.createChannel(DataChannelParameters.reliable("m"), 0);
        net.runUntil(() -> n[1].all(DataChannelEvent.ChannelOpened.class).size() == 1, 10_000);
        n[0].endpoint.setRemoteMaxMessageSize(262_144);
        assertEquals(n[0].endpoint.sendBinary(id, new byte[262_145], net.now()), SendStatus.MESSAGE_TOO_LARGE);
        assertEquals(n[0].endpoint.sendBinary(id, new byte[262_144], net.now()), SendStatus.QUEUED);
    }
}
