package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.util.List;

import org.testng.annotations.Test;

public class EarlyDatagramsTest {

    @Test
    public void keepsDatagramsInOrderAsCopies() {
        EarlyDatagrams early = new EarlyDatagrams();
        byte[] buffer = {9, 1, 2, 3, 9};

        early.add(buffer, 1, 3);
        buffer[1] = 7;
        early.add(buffer, 0, 1);

        List<byte[]> drained = early.drain();
        assertEquals(drained.get(0), new byte[] {1, 2, 3});
        assertEquals(drained.get(1), new byte[] {9});
        assertTrue(early.isEmpty());
    }

    @Test
    public void newestThirtyTwoWin() {
        EarlyDatagrams early = new EarlyDatagrams();
        for (int i = 0; i < 40; i++) {
            early.add(new byte[] {(byte) i}, 0, 1);
        }

        List<byte[]> drained = early.drain();

        assertEquals(drained.size(), 32);
        assertEquals(drained.get(0)[0], 8);
        assertEquals(drained.get(31)[0], 39);
    }
}
