package dev.parley.harness.bench;

import dev.parley.peer.datachannel.DataChannelEndpoint;
import dev.parley.peer.datachannel.DataChannelEvent;
import dev.parley.peer.datachannel.DataChannelParameters;
import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.association.SctpAssociation;
import dev.parley.peer.sctp.association.SendStatus;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parley's SCTP and DCEP alone, java->java in one JVM over a simulated link (no DTLS, no sockets,
 * simulated time): what the sans-I/O stack can move per second of CPU. The link delivers every
 * packet after a fixed one-way delay and loses nothing.
 */
final class SimulatedSctpThroughput {
    private static final long ONE_WAY_DELAY_MS = 1;
    private static final long BUFFER_HIGH = 4L * 1024 * 1024;

    private final DataChannelEndpoint a = new DataChannelEndpoint(new SctpAssociation(SctpOptions.defaults()), true);
    private final DataChannelEndpoint b = new DataChannelEndpoint(new SctpAssociation(SctpOptions.defaults()), false);
    private final Deque<Packet> towardsA = new ArrayDeque<>();
    private final Deque<Packet> towardsB = new ArrayDeque<>();
    private long now;
    private long received;
    private boolean connectedA;
    private boolean connectedB;
    private boolean openAtB;

    private record Packet(long arrival, byte[] bytes) {
    }

    static Map<String, Object> measure(long total, int chunk) {
        return new SimulatedSctpThroughput().run(total, chunk);
    }

    private Map<String, Object> run(long total, int chunk) {
        a.connect(now);
        b.connect(now);
        advanceUntil(() -> connectedA && connectedB, "the association");
        int stream = a.createChannel(DataChannelParameters.reliable("bulk"), now);
        advanceUntil(() -> openAtB, "the channel");
        byte[] message = new byte[chunk];
        long startWall = System.nanoTime();
        long startSim = now;
        long sent = 0;
        while (received < total) {
            while (sent < total && a.bufferedAmount(stream) < BUFFER_HIGH) {
                SendStatus status = a.sendBinary(stream, message, now);
                if (status != SendStatus.QUEUED) {
                    break;
                }
                sent += chunk;
            }
            // the sender refills at the same instant whenever packets moved; time passes only when idle
            if (!settle()) {
                advance();
            }
        }
        double seconds = (System.nanoTime() - startWall) / 1e9;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bytes", received);
        out.put("seconds", Math.round(seconds * 100) / 100.0);
        out.put("MBps", Math.round(received / 1e6 / seconds * 100) / 100.0);
        out.put("simulatedSeconds", (now - startSim) / 1000.0);
        // cwnd, RTO and the T3-rtx / retransmission counters: on this lossless link nothing is retransmitted
        out.put("senderStats", a.association().stats().toString());
        out.put("link", "simulated, " + ONE_WAY_DELAY_MS + " ms each way, no loss, no DTLS");
        return out;
    }

    private void advanceUntil(java.util.function.BooleanSupplier done, String what) {
        long limit = now + 60_000;
        while (!done.getAsBoolean()) {
            if (now > limit) {
                throw new IllegalStateException(what + " did not come up within 60 simulated seconds");
            }
            if (!settle()) {
                advance();
            }
        }
    }

    /**
     * Moves packets and events until nothing moves at the current instant; returns whether anything
     * moved. The endpoints' outputs are drained after every input, as a real driver does: what
     * handlePacket or handleTimeout produced must be on the link before time jumps, else a SACK sits in
     * the outbox until the next timer (T3-rtx, up to 3 s) and every round trip costs a spurious
     * retransmission timeout.
     */
    private boolean settle() {
        boolean movedAny = false;
        boolean moved = true;
        while (moved) {
            moved = drain(a, towardsB) | drain(b, towardsA);
            moved |= deliver(towardsA, a) | deliver(towardsB, b);
            events();
            movedAny |= moved;
        }
        return movedAny;
    }

    /** Jumps simulated time to the next arrival or timer deadline and runs the timers that are due. */
    private void advance() {
        long next = Math.min(Math.min(a.nextDeadline(), b.nextDeadline()),
                Math.min(head(towardsA), head(towardsB)));
        if (next == Long.MAX_VALUE) {
            throw new IllegalStateException("stalled at " + now + " ms: nothing in flight and no timer running, "
                    + received + " bytes received; sender " + a.association().stats());
        }
        if (next > now) {
            now = next;
        }
        if (a.nextDeadline() <= now) {
            a.handleTimeout(now);
        }
        if (b.nextDeadline() <= now) {
            b.handleTimeout(now);
        }
    }

    private static long head(Deque<Packet> queue) {
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peekFirst().arrival();
    }

    private boolean drain(DataChannelEndpoint from, Deque<Packet> link) {
        boolean any = false;
        for (byte[] p; (p = from.pollPacket()) != null; ) {
            link.addLast(new Packet(now + ONE_WAY_DELAY_MS, p));
            any = true;
        }
        return any;
    }

    private boolean deliver(Deque<Packet> link, DataChannelEndpoint to) {
        boolean any = false;
        while (!link.isEmpty() && link.peekFirst().arrival() <= now) {
            to.handlePacket(link.pollFirst().bytes(), now);
            any = true;
        }
        return any;
    }

    private void events() {
        for (DataChannelEvent e; (e = a.pollEvent()) != null; ) {
            if (e instanceof DataChannelEvent.TransportConnected) {
                connectedA = true;
            }
        }
        for (DataChannelEvent e; (e = b.pollEvent()) != null; ) {
            if (e instanceof DataChannelEvent.TransportConnected) {
                connectedB = true;
            } else if (e instanceof DataChannelEvent.ChannelOpened) {
                openAtB = true;
            } else if (e instanceof DataChannelEvent.MessageReceived m) {
                received += m.data().length;
            }
        }
    }
}
