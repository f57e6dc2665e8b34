package dev.parley.harness.impair;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.util.concurrent.TimeUnit;
import org.testng.annotations.Test;

/** The link model on its own, with a virtual clock: deterministic for a seed. */
public class PathShaperTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    public void jitterSpreadsTheDelayEvenlyWithinItsBounds() {
        PathShaper path = new PathShaper(Impairment.parse("delay=50ms,jitter=20ms"), 1);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        double sum = 0;
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            long travel = path.arrivalNanos(100, 0);
            path.delivered(true);
            min = Math.min(min, travel);
            max = Math.max(max, travel);
            sum += travel;
        }
        assertTrue(min >= 30 * MS && min < 31 * MS, "min " + min);
        assertTrue(max <= 70 * MS && max > 69 * MS, "max " + max);
        assertEquals(sum / n / MS, 50.0, 0.5);
    }

    @Test
    public void aboutTheReorderShareIsHeldBack() {
        PathShaper path = new PathShaper(Impairment.parse("delay=10ms,reorder=5%"), 2);
        int held = 0;
        for (int i = 0; i < 10_000; i++) {
            long travel = path.arrivalNanos(100, 0);
            path.delivered(true);
            if (travel == 10 * MS + PathShaper.REORDER_HOLD_NANOS) {
                held++;
            } else {
                assertEquals(travel, 10 * MS);
            }
        }
        assertEquals(held / 100.0, 5.0, 0.7);
    }

    @Test
    public void theRateSerializesPacketsBackToBackAndDropsPastTheQueueLimit() {
        // 8 Mbit/s: a 1000-byte packet takes 1 ms on the link.
        PathShaper path = new PathShaper(Impairment.parse("rate=8mbit"), 3);
        for (int i = 1; i <= 100; i++) {
            assertEquals(path.arrivalNanos(1000, 0), i * MS, "packet " + i);
        }
        assertEquals(path.arrivalNanos(1000, 0), 101 * MS, "100 ms queued is still taken");
        assertEquals(path.arrivalNanos(1000, 0), -1, "past 100 ms of queue the packet is dropped");
        assertEquals(path.arrivalNanos(1000, 50 * MS), 102 * MS, "once the queue drains it takes packets again");
        assertEquals(path.stats().overflowed(), 1);
    }

    @Test
    public void inFlightPacketsAreBoundedAndFreedOnDelivery() {
        PathShaper path = new PathShaper(Impairment.parse("delay=1s"), 4);
        for (int i = 0; i < PathShaper.MAX_IN_FLIGHT; i++) {
            assertTrue(path.arrivalNanos(10, 0) > 0);
        }
        assertEquals(path.arrivalNanos(10, 0), -1);
        path.delivered(true);
        assertTrue(path.arrivalNanos(10, 0) > 0);
        assertEquals(path.stats(), new ForwarderStats.Direction(PathShaper.MAX_IN_FLIGHT + 2, 0, 1, 1));
    }

    @Test
    public void theSameSeedLosesTheSamePackets() {
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        PathShaper a = new PathShaper(Impairment.parse("loss=30%"), 9);
        PathShaper b = new PathShaper(Impairment.parse("loss=30%"), 9);
        for (int i = 0; i < 200; i++) {
            first.append(a.arrivalNanos(10, 0) < 0 ? 'x' : '.');
            second.append(b.arrivalNanos(10, 0) < 0 ? 'x' : '.');
        }
        assertEquals(first.toString(), second.toString());
        assertTrue(first.indexOf("x") >= 0);
    }
}
