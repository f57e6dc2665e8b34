package dev.parley.peer.datachannel;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SimulatedNetwork;
import dev.parley.peer.sctp.SimulatedNetwork.Conditions;
import dev.parley.peer.sctp.association.SendStatus;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * Random sessions on a lossy, reordering, duplicating network: channels of every reliability kind opened
 * and closed from both sides while messages flow both ways. Reliable channels deliver exactly what was
 * sent (in order when ordered), partially reliable ones never duplicate or reorder, every close
 * completes on both ends, and the association never dies.
 */
public class DataChannelSoakTest {

    private static final DataChannelParameters[] KINDS = {
        DataChannelParameters.reliable("reliable"),
        new DataChannelParameters("unordered", "", false, null, null, false, null, 256),
        new DataChannelParameters("rexmit0", "", false, 0, null, false, null, 256),
        new DataChannelParameters("rexmit2", "", true, 2, null, false, null, 256),
        new DataChannelParameters("lifetime", "", true, null, 150, false, null, 256),
    };

    /** One channel's life: what each side sent, in order, and what each side received. */
    private static final class ChannelLife {
        final DataChannelParameters kind;
        final List<Long> sentByServer = new ArrayList<>();
        final List<Long> sentByClient = new ArrayList<>();
        final List<Long> receivedByServer = new ArrayList<>();
        final List<Long> receivedByClient = new ArrayList<>();
        final int[] closedEvents = new int[2];

        ChannelLife(DataChannelParameters kind) {
            this.kind = kind;
        }

        boolean reliable() {
            return kind.maxRetransmits() == null && kind.maxPacketLifeTime() == null;
        }
    }

    @DataProvider
    public Object[][] seeds() {
        Object[][] out = new Object[100][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Object[] {(long) i};
        }
        return out;
    }

    @Test(dataProvider = "seeds")
    public void randomSessionsKeepEveryPromiseOfTheirChannels(long seed) {
        Random r = new Random(seed);
        // At 30 % loss each way a retransmission and its SACK both get through only half the time, so
        // ten failures in a row (the RFC limit) happen by chance over hundreds of sessions; this test is
        // about channel semantics, not about dead-peer detection, hence the higher limit.
        SctpOptions options = SctpOptions.builder().enableMessageInterleaving(seed % 2 == 0).maxRetransmissions(20)
                .build();
        DataChannelEndpointTest.Node server = new DataChannelEndpointTest.Node(false, options, seed * 3);
        DataChannelEndpointTest.Node client = new DataChannelEndpointTest.Node(true, options, seed * 3 + 1);
        DataChannelEndpointTest.Node[] nodes = {server, client};
        SimulatedNetwork net = new SimulatedNetwork(server, client,
                new Conditions((seed % 4) * 0.1, 5, 5 + r.nextInt(60), 0.02), seed);
        for (DataChannelEndpointTest.Node n : nodes) {
            n.endpoint.setRemoteMaxMessageSize(262_144);
        }
        server.endpoint.connect(0);
        client.endpoint.connect(0);

        List<ChannelLife> lives = new ArrayList<>();
        Session session = new Session(nodes);
        long messageId = 0;
        for (int step = 0; step < 400; step++) {
            net.runFor(1 + r.nextInt(25));
            session.routeEvents();
            int roll = r.nextInt(100);
            int side = r.nextInt(2);
            DataChannelEndpointTest.Node node = nodes[side];
            List<Integer> open = session.openOn(side);
            if (roll < 8 && lives.size() - session.closedCount() < 12) {
                DataChannelParameters kind = KINDS[r.nextInt(KINDS.length)];
                int id = node.endpoint.createChannel(kind, net.now());
                ChannelLife life = new ChannelLife(kind);
                lives.add(life);
                session.created(side, id, life);
            } else if (roll < 12 && !open.isEmpty()) {
                node.endpoint.close(open.get(r.nextInt(open.size())), net.now());
            } else if (!open.isEmpty()) {
                int id = open.get(r.nextInt(open.size()));
                ChannelLife life = session.lifeOf(side, id);
                int size = r.nextInt(50) == 0 ? 60_000 : 8 + r.nextInt(3000);
                long msg = ++messageId;
                SendStatus s;
                if (r.nextBoolean()) {
                    byte[] payload = new byte[size];
                    ByteBuffer.wrap(payload).putLong(msg);
                    s = node.endpoint.sendBinary(id, payload, net.now());
                } else {
                    s = node.endpoint.sendText(id, text(msg, size), net.now());
                }
                if (s == SendStatus.QUEUED) {
                    (side == 0 ? life.sentByServer : life.sentByClient).add(msg);
                }
            }
        }
        // both ends close whatever they still have open, then everything settles
        for (int side = 0; side < 2; side++) {
            for (int id : session.openOn(side)) {
                nodes[side].endpoint.close(id, net.now());
            }
        }
        boolean settled = net.runUntil(() -> {
            session.routeEvents();
            for (int side = 0; side < 2; side++) {
                for (int id : session.openOn(side)) {
                    nodes[side].endpoint.close(id, net.now());
                }
            }
            return session.closedCount() == lives.size() && !server.endpoint.association().hasPendingData()
                    && !client.endpoint.association().hasPendingData();
        }, 30 * 60_000);
        session.routeEvents();
        assertTrue(settled, "seed " + seed + ": " + session.closedCount() + "/" + lives.size() + " closed; server "
                + server.endpoint.association().stats() + " client " + client.endpoint.association().stats());
        for (DataChannelEndpointTest.Node n : nodes) {
            assertFalse(n.names().contains("TransportClosed"), "seed " + seed + " association died: " + n.names());
        }
        for (ChannelLife life : lives) {
            assertEquals(life.closedEvents[0], 1, "seed " + seed + " " + life.kind.label());
            assertEquals(life.closedEvents[1], 1, "seed " + seed + " " + life.kind.label());
            check(seed, life, life.sentByServer, life.receivedByClient);
            check(seed, life, life.sentByClient, life.receivedByServer);
        }
    }

    /** Which channel life each side's stream ids belong to right now (ids are reused after a close). */
    private static final class Session {
        final DataChannelEndpointTest.Node[] nodes;
        final List<Map<Integer, ChannelLife>> current = List.of(new HashMap<>(), new HashMap<>());
        final List<Map<Integer, java.util.ArrayDeque<ChannelLife>>> announced = List.of(new HashMap<>(), new HashMap<>());
        final int[] cursor = new int[2];
        int closed;

        Session(DataChannelEndpointTest.Node[] nodes) {
            this.nodes = nodes;
        }

        void created(int side, int id, ChannelLife life) {
            current.get(side).put(id, life);
            announced.get(1 - side).computeIfAbsent(id, k -> new java.util.ArrayDeque<>()).add(life);
        }

        ChannelLife lifeOf(int side, int id) {
            return current.get(side).get(id);
        }

        int closedCount() {
            return closed;
        }

        List<Integer> openOn(int side) {
            List<Integer> ids = new ArrayList<>();
            for (int id : current.get(side).keySet()) {
                if (nodes[side].endpoint.state(id) == RTCDataChannelState.OPEN) {
                    ids.add(id);
                }
            }
            java.util.Collections.sort(ids);
            return ids;
        }

        void routeEvents() {
            for (int side = 0; side < 2; side++) {
                List<DataChannelEvent> events = nodes[side].events;
                for (; cursor[side] < events.size(); cursor[side]++) {
                    DataChannelEvent e = events.get(cursor[side]);
                    if (e instanceof DataChannelEvent.ChannelOpened o && o.announcedByPeer()) {
                        current.get(side).put(o.streamId(), announced.get(side).get(o.streamId()).poll());
                    } else if (e instanceof DataChannelEvent.MessageReceived m) {
                        ChannelLife life = current.get(side).get(m.streamId());
                        (side == 0 ? life.receivedByServer : life.receivedByClient).add(idOf(m));
                    } else if (e instanceof DataChannelEvent.ChannelClosed c) {
                        ChannelLife life = current.get(side).remove(c.streamId());
                        life.closedEvents[side]++;
                        if (life.closedEvents[0] == 1 && life.closedEvents[1] == 1) {
                            closed++;
                        }
                    }
                }
            }
        }
    }

    private static String text(long id, int size) {
        StringBuilder sb = new StringBuilder("#").append(id).append('#');
        while (sb.length() < size) {
            sb.append('x');
        }
        return sb.toString();
    }

    private static long idOf(DataChannelEvent.MessageReceived m) {
        if (m.binary()) {
            return ByteBuffer.wrap(m.data()).getLong();
        }
        String t = m.text();
        return Long.parseLong(t.substring(1, t.indexOf('#', 1)));
    }

    private static void check(long seed, ChannelLife life, List<Long> sent, List<Long> received) {
        String what = "seed " + seed + " channel " + life.kind.label();
        assertEquals(new HashSet<>(received).size(), received.size(), what + ": duplicated message");
        assertTrue(sent.containsAll(received), what + ": message from nowhere");
        if (life.reliable()) {
            if (life.kind.ordered()) {
                assertEquals(received, sent, what);
            } else {
                assertEquals(new HashSet<>(received), new HashSet<>(sent), what);
            }
        } else if (life.kind.ordered()) {
            List<Long> inSentOrder = new ArrayList<>(sent);
            inSentOrder.retainAll(new HashSet<>(received));
            assertEquals(received, inSentOrder, what + ": reordered");
        }
    }
}
