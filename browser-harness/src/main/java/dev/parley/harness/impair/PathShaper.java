package dev.parley.harness.impair;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One direction of an impaired path, modelled as a link: a packet is lost at random, else it waits
 * for the link to be free (the rate limit), takes {@code bytes * 8 / rate} to go out, then travels
 * for the delay (plus jitter, plus a hold-back for the ones picked to be reordered). Called only
 * from the forwarder's receive thread; the counters are read from any thread.
 */
final class PathShaper {
    /** How long a reordered packet is held back, so that the packets after it overtake it. */
    static final long REORDER_HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    /** Like tbf's latency: a packet that would wait longer than this for the rate limit is dropped. */
    static final long MAX_QUEUE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Packets in flight at once each way: bounds the forwarder's memory whatever the delay. */
    static final int MAX_IN_FLIGHT = 8192;

    private final Impairment impairment;
    private final SplittableRandom random;
    private final long delayNanos;
    private final long jitterNanos;
    private long linkFreeAtNanos;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong overflowed = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();

    PathShaper(Impairment impairment, long seed) {
        this.impairment = impairment;
        this.random = new SplittableRandom(seed);
        this.delayNanos = impairment.delay().toNanos();
        this.jitterNanos = impairment.jitter().toNanos();
    }

    /** When the packet arrives at the far end, or -1 when it is lost or finds the queue full. */
    long arrivalNanos(int bytes, long nowNanos) {
        received.incrementAndGet();
        if (impairment.lossPercent() > 0 && random.nextDouble() * 100 < impairment.lossPercent()) {
            lost.incrementAndGet();
            return -1;
        }
        long departure = nowNanos;
        if (impairment.rateBitsPerSecond() > 0) {
            long start = Math.max(nowNanos, linkFreeAtNanos);
            if (start - nowNanos > MAX_QUEUE_WAIT_NANOS) {
                overflowed.incrementAndGet();
                return -1;
            }
            departure = start + bytes * 8L * 1_000_000_000L / impairment.rateBitsPerSecond();
            linkFreeAtNanos = departure;
        }
        if (inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
            inFlight.decrementAndGet();
            overflowed.incrementAndGet();
            return -1;
        }
        long travel = delayNanos;
        if (jitterNanos > 0) {
            travel += random.nextLong(-jitterNanos, jitterNanos + 1);
        }
        if (impairment.reorderPercent() > 0 && random.nextDouble() * 100 < impairment.reorderPercent()) {
            travel += REORDER_HOLD_NANOS;
        }
        return departure + travel;
    }

    /** The packet left the forwarder (or failed to): it no longer counts as in flight. */
    void delivered(boolean ok) {
        inFlight.decrementAndGet();
        if (ok) {
            sent.incrementAndGet();
        }
    }

    ForwarderStats.Direction stats() {
        return new ForwarderStats.Direction(received.get(), lost.get(), overflowed.get(), sent.get());
    }
}
