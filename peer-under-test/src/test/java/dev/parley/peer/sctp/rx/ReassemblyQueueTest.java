package dev.parley.peer.sctp.rx;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.testng.annotations.Test;

/** Reassembly and ordered delivery for DATA (RFC 9260 6.5, 6.6, 6.9) and I-DATA (RFC 8260 2.1). */
public class ReassemblyQueueTest {

    private static DataFragment data(long tsn, int sid, int ssn, String text, boolean b, boolean e, boolean u) {
        return new DataFragment(tsn, sid, u, ssn, 0, 51, text.getBytes(StandardCharsets.UTF_8), b, e);
    }

    private static DataFragment idata(long tsn, int sid, int mid, int fsn, String text, boolean b, boolean e) {
        return new DataFragment(tsn, sid, false, mid, fsn, 51, text.getBytes(StandardCharsets.UTF_8), b, e);
    }

    private static List<String> texts(ReassemblyQueue q) {
        return q.drainDelivered().stream().map(m -> new String(m.payload(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    public void orderedMessagesWaitForTheirPredecessorsOnTheSameStreamOnly() {
        ReassemblyQueue q = new ReassemblyQueue(false, 1 << 20, 1 << 16);
        q.add(data(12, 1, 1, "second", true, true, false));
        q.add(data(13, 3, 0, "other stream", true, true, false));
        assertEquals(texts(q), List.of("other stream"));
        q.add(data(10, 1, 0, "fir", true, false, false));
        assertEquals(texts(q), List.of());
        q.add(data(11, 1, 0, "st", false, true, false));
        assertEquals(texts(q), List.of("first", "second"));
        assertEquals(q.bufferedBytes(), 0);
    }

    @Test
    public void unorderedFragmentsAreJoinedByConsecutiveTsnsAndDeliveredAtOnce() {
        ReassemblyQueue q = new ReassemblyQueue(false, 1 << 20, 1 << 16);
        q.add(data(7, 2, 0, "c", false, true, true));
        q.add(data(5, 2, 0, "a", true, false, true));
        assertEquals(texts(q), List.of());
        q.add(data(6, 2, 0, "b", false, false, true));
        assertEquals(texts(q), List.of("abc"));
    }

    @Test
    public void forwardTsnSkipsAbandonedSequenceNumbersAndReleasesWaitingMessages() {
        ReassemblyQueue q = new ReassemblyQueue(false, 1 << 20, 1 << 16);
        q.add(data(20, 1, 0, "partial", true, false, false)); // its other fragments were abandoned
        q.add(data(23, 1, 1, "next", true, true, false));
        q.add(data(22, 4, 0, "lost-unordered", true, false, true));
        assertEquals(texts(q), List.of());
        q.forwardTsn(22, List.of(new ForwardTsnChunk.SkippedStream(1, 0)), List.of());
        assertEquals(texts(q), List.of("next"));
        assertEquals(q.bufferedBytes(), 0);
    }

    @Test
    public void completeMessagesBelowTheSkippedSequenceNumberAreStillDelivered() {
        ReassemblyQueue q = new ReassemblyQueue(false, 1 << 20, 1 << 16);
        // SSN 0 abandoned, SSN 1 complete but waiting for 0, SSN 2 abandoned half-way
        q.add(data(31, 1, 1, "one", true, true, false));
        q.add(data(32, 1, 2, "half", true, false, false));
        q.add(data(34, 1, 3, "three", true, true, false));
        assertEquals(texts(q), List.of());
        q.forwardTsn(33, List.of(new ForwardTsnChunk.SkippedStream(1, 2)), List.of());
        assertEquals(texts(q), List.of("one", "three"));
        assertEquals(q.bufferedBytes(), 0);
    }

    @Test
    public void interleavedMessagesAreReassembledByMidAndFsn() {
        ReassemblyQueue q = new ReassemblyQueue(true, 1 << 20, 1 << 16);
        q.add(idata(1, 1, 1, 0, "B1", true, false));
        q.add(idata(2, 1, 0, 0, "A1", true, false));
        q.add(idata(3, 1, 1, 1, "B2", false, true));
        assertEquals(texts(q), List.of(), "MID 1 waits for MID 0");
        q.add(idata(4, 1, 0, 1, "A2", false, true));
        assertEquals(texts(q), List.of("A1A2", "B1B2"));
    }

    @Test
    public void iForwardTsnSkipsTheNamedMessages() {
        ReassemblyQueue q = new ReassemblyQueue(true, 1 << 20, 1 << 16);
        q.add(idata(1, 1, 0, 0, "gone", true, false));
        q.add(idata(3, 1, 1, 0, "kept", true, true));
        q.forwardTsn(2, List.of(), List.of(new IForwardTsnChunk.SkippedMessage(1, false, 0)));
        assertEquals(texts(q), List.of("kept"));
    }

    @Test
    public void theBufferIsBoundedAndAResetStreamStartsOverAtZero() {
        ReassemblyQueue q = new ReassemblyQueue(false, 1000, 4000);
        assertTrue(q.hasRoomFor(800, false));
        assertFalse(q.hasRoomFor(1000, false));
        assertTrue(q.hasRoomFor(1000, true), "the next in-sequence fragment may exceed the window");
        assertFalse(q.hasRoomFor(5000, true), "but not without bound");
        q.add(data(1, 1, 0, "x", true, true, false));
        q.resetStreams(new int[] {1});
        q.add(data(2, 1, 0, "y", true, true, false));
        assertEquals(texts(q), List.of("x", "y"));
    }
}
