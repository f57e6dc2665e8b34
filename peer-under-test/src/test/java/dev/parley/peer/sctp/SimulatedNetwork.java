package dev.parley.peer.sctp;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Two sans-I/O stacks joined by a simulated lossy link with simulated time: seeded loss, delay,
 * jitter (reordering), duplication and blackouts. Runs hours of protocol time in milliseconds.
 */
public final class SimulatedNetwork {

    /** Link impairments; the same for both directions. */
    public record Conditions(double loss, long minDelayMillis, long maxDelayMillis, double duplication) {
        public static final Conditions PERFECT = new Conditions(0, 5, 5, 0);
    }

    /** One side: a sans-I/O stack (an association, or a layer over one). */
    public interface Endpoint {
        void handlePacket(byte[] packet, long now);

        void handleTimeout(long now);

        long nextDeadline();

        byte[] pollPacket();

        /** Takes the stack's pending events; returns whether there were any. */
        boolean drainEvents(long now);
    }

    private record Delivery(long at, long seq, int to, byte[] packet) {
    }

    private final Endpoint[] endpoints;
    private final Random random;
    private Conditions conditions;
    private final PriorityQueue<Delivery> inFlight = new PriorityQueue<>(
            (x, y) -> x.at != y.at ? Long.compare(x.at, y.at) : Long.compare(x.seq, y.seq));
    private final List<long[]> blackouts = new ArrayList<>();
    private long now;
    private long seq;
    private long packetsSent;
    private long packetsDropped;
    /** Observes every packet put on the wire: (from endpoint index, bytes). */
    private PacketTap tap = (from, packet) -> { };

    /** A hook on every transmitted packet. */
    public interface PacketTap {
        void onPacket(int from, byte[] packet);
    }

    public SimulatedNetwork(Endpoint a, Endpoint b, Conditions conditions, long seed) {
        this.endpoints = new Endpoint[] {a, b};
        this.conditions = conditions;
        this.random = new Random(seed);
    }

    public long now() {
        return now;
    }

    public long packetsSent() {
        return packetsSent;
    }

    public long packetsDropped() {
        return packetsDropped;
    }

    public void setConditions(Conditions conditions) {
        this.conditions = conditions;
    }

    public void setTap(PacketTap tap) {
        this.tap = tap;
    }

    /** Every packet sent between {@code from} and {@code to} (absolute times) is lost. */
    public void addBlackout(long from, long to) {
        blackouts.add(new long[] {from, to});
    }

    /** Drains outputs of both sides into the network and their events into the endpoints. */
    public void pump() {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = 0; i < 2; i++) {
                for (byte[] p; (p = endpoints[i].pollPacket()) != null; ) {
                    transmit(i, p);
                    progress = true;
                }
                if (endpoints[i].drainEvents(now)) {
                    progress = true;
                }
            }
        }
    }

    private void transmit(int from, byte[] packet) {
        packetsSent++;
        tap.onPacket(from, packet);
        for (long[] b : blackouts) {
            if (now >= b[0] && now < b[1]) {
                packetsDropped++;
                return;
            }
        }
        int copies = random.nextDouble() < conditions.duplication() ? 2 : 1;
        for (int c = 0; c < copies; c++) {
            if (random.nextDouble() < conditions.loss()) {
                packetsDropped++;
                continue;
            }
            long span = conditions.maxDelayMillis() - conditions.minDelayMillis();
            long delay = conditions.minDelayMillis() + (span > 0 ? (long) (random.nextDouble() * (span + 1)) : 0);
            inFlight.add(new Delivery(now + delay, seq++, 1 - from, packet));
        }
    }

    /**
     * Advances simulated time event by event until {@code done} holds or {@code maxMillis} of simulated
     * time passed. Returns whether {@code done} held.
     */
    public boolean runUntil(BooleanSupplier done, long maxMillis) {
        long end = now + maxMillis;
        pump();
        while (!done.getAsBoolean()) {
            long next = end;
            if (!inFlight.isEmpty()) {
                next = Math.min(next, inFlight.peek().at);
            }
            for (Endpoint e : endpoints) {
                next = Math.min(next, e.nextDeadline());
            }
            if (next >= end) {
                now = end;
                return done.getAsBoolean();
            }
            now = Math.max(now, next);
            while (!inFlight.isEmpty() && inFlight.peek().at <= now) {
                Delivery d = inFlight.poll();
                endpoints[d.to].handlePacket(d.packet, now);
                pump();
            }
            for (Endpoint e : endpoints) {
                if (e.nextDeadline() <= now) {
                    e.handleTimeout(now);
                }
            }
            pump();
        }
        return true;
    }

    /** Lets simulated time pass (timers fire, packets arrive). */
    public void runFor(long millis) {
        runUntil(() -> false, millis);
    }
}
