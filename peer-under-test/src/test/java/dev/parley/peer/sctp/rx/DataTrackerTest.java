package dev.parley.peer.sctp.rx;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.packet.SackChunk;
import dev.parley.peer.sctp.packet.SackChunk.GapAckBlock;
import java.util.List;
import org.testng.annotations.Test;

/** RFC 9260 section 6.2 / 6.7: cumulative TSN, gap ack blocks, duplicates, delayed SACK. */
public class DataTrackerTest {

    private static void receive(DataTracker t, int wireTsn) {
        long tsn = t.unwrap(wireTsn);
        if (t.isDuplicate(tsn)) {
            t.observeDuplicate(tsn);
        } else {
            t.observe(tsn, false);
        }
        t.packetWithDataProcessed();
    }

    @Test
    public void inOrderDataIsAcknowledgedEverySecondPacketOrAfterTheDelay() {
        DataTracker t = new DataTracker(100, 20);
        receive(t, 100);
        assertTrue(t.hasPendingSack());
        assertFalse(t.shouldSendSackNow(), "one packet: the SACK may wait for the delayed-ack timer");
        receive(t, 101);
        assertTrue(t.shouldSendSackNow(), "the second packet is acknowledged at once");
        SackChunk sack = t.createSack(1000);
        assertEquals(sack.cumulativeTsnAck(), 101);
        assertEquals(sack.gapAckBlocks(), List.of());
        assertFalse(t.hasPendingSack());
    }

    @Test
    public void gapsAreReportedAsBlocksRelativeToTheCumulativeTsnAndTriggerAnImmediateSack() {
        DataTracker t = new DataTracker(1, 20);
        t.observe(t.unwrap(1), false);
        t.observe(t.unwrap(3), false);
        t.observe(t.unwrap(4), false);
        t.observe(t.unwrap(6), false);
        assertTrue(t.shouldSendSackNow());
        SackChunk sack = t.createSack(1000);
        assertEquals(sack.cumulativeTsnAck(), 1);
        assertEquals(sack.gapAckBlocks(), List.of(new GapAckBlock(2, 3), new GapAckBlock(5, 5)));
        t.observe(t.unwrap(2), false);
        assertEquals(t.createSack(1000).cumulativeTsnAck(), 4);
    }

    @Test
    public void duplicatesAreReportedOnceAndAcknowledgedAtOnce() {
        DataTracker t = new DataTracker(10, 20);
        receive(t, 10);
        t.createSack(1000);
        receive(t, 10);
        assertTrue(t.shouldSendSackNow());
        assertEquals(t.createSack(1000).duplicateTsns(), List.of(10));
        assertEquals(t.createSack(1000).duplicateTsns(), List.of());
    }

    @Test
    public void forwardTsnMovesTheCumulativeTsnPastAbandonedData() {
        DataTracker t = new DataTracker(1, 20);
        t.observe(t.unwrap(1), false);
        t.observe(t.unwrap(5), false);
        assertTrue(t.forwardTo(t.unwrap(4)));
        assertEquals(t.createSack(1000).cumulativeTsnAck(), 5, "5 was already there");
        assertFalse(t.forwardTo(t.unwrap(3)), "a stale FORWARD TSN changes nothing");
    }

    @Test
    public void tsnsWrapAroundTwoToTheThirtyTwo() {
        DataTracker t = new DataTracker(0xfffffffe, 20);
        for (int wire : new int[] {0xfffffffe, 0xffffffff, 0, 1}) {
            assertFalse(t.isDuplicate(t.unwrap(wire)));
            t.observe(t.unwrap(wire), false);
        }
        assertEquals(t.createSack(1000).cumulativeTsnAck(), 1);
        assertTrue(t.isDuplicate(t.unwrap(0xffffffff)));
    }

    @Test
    public void absurdlyDistantTsnsAreRefused() {
        DataTracker t = new DataTracker(1, 20);
        assertFalse(t.isAcceptable(t.unwrap(1 + (1 << 21))));
        assertTrue(t.isAcceptable(t.unwrap(1000)));
    }
}
