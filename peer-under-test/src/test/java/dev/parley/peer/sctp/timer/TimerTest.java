package dev.parley.peer.sctp.timer;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import org.testng.annotations.Test;

public class TimerTest {

    @Test
    public void restartsAfterExpiryDoubleTheDurationUpToTheCap() {
        Timer t = new Timer("T3-rtx");
        t.start(0, 400);
        assertFalse(t.isDue(399));
        assertTrue(t.isDue(400));
        long now = 400;
        long[] expected = {800, 1600, 3000, 3000};
        for (long d : expected) {
            t.expire();
            t.restartWithBackoff(now, 3000);
            assertEquals(t.deadline() - now, d);
            now = t.deadline();
        }
        t.stop();
        assertFalse(t.isRunning());
        assertEquals(t.expirations(), 0);
        assertEquals(t.deadline(), Timer.NOT_RUNNING);
    }
}
