package dev.parley.peer.sctp.tx;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.SackChunk;
import java.util.List;
import org.testng.annotations.Test;

/** Send queue, RTO, congestion control and the retransmission queue (RFC 9260 6.1-6.3, 7.2; RFC 3758). */
public class TransmissionTest {
    private static final int MTU = 1188;

    private static OutgoingMessage message(int sid, int size) {
        return new OutgoingMessage(sid, 53, new byte[size], false, OutgoingMessage.UNLIMITED_RETRANSMITS, Long.MAX_VALUE);
    }

    @Test
    public void rtoFollowsSection631() {
        RetransmissionTimeout rto = new RetransmissionTimeout(1000, 100, 60_000);
        assertEquals(rto.rtoMillis(), 1000);
        rto.observeRtt(100); // SRTT 100, RTTVAR 50
        assertEquals(rto.rtoMillis(), 300);
        rto.observeRtt(200); // RTTVAR 62.5, SRTT 112.5
        assertEquals(rto.rtoMillis(), 363);
        rto.backOff();
        assertEquals(rto.rtoMillis(), 726);
        for (int i = 0; i < 20; i++) {
            rto.backOff();
        }
        assertEquals(rto.rtoMillis(), 60_000);
    }

    @Test
    public void congestionWindowFollowsSection72() {
        CongestionControl cc = new CongestionControl(MTU, 100_000);
        assertEquals(cc.cwnd(), 4380, "min(4*MTU, max(2*MTU, 4380))");
        cc.onCumulativeAckAdvanced(3000, 4380, 10);
        assertEquals(cc.cwnd(), 4380 + MTU, "slow start: + min(acked, MTU) when the window was used");
        cc.onCumulativeAckAdvanced(3000, 100, 11);
        assertEquals(cc.cwnd(), 4380 + MTU, "no growth when the window was not used");
        cc.onRetransmissionTimeout();
        assertEquals(cc.cwnd(), MTU);
        assertEquals(cc.ssthresh(), 4 * MTU);
        cc.onFastRetransmit(50);
        assertTrue(cc.inFastRecovery());
        cc.onCumulativeAckAdvanced(1000, 5000, 50);
        assertFalse(cc.inFastRecovery(), "leaves fast recovery once the exit point is acknowledged");
    }

    @Test
    public void sendQueueFragmentsToTheRoomGivenAndRoundRobinsStreams() {
        SendQueue q = new SendQueue();
        q.add(message(1, 2500));
        q.add(message(3, 10));
        q.add(message(1, 10));
        TxFragment f1 = q.produce(0, 1000, false);
        assertEquals(f1.payload().length, 1000);
        assertTrue(f1.beginning() && !f1.ending());
        assertEquals(q.produce(0, 1000, false).streamId(), 1, "a started DATA message is finished first");
        TxFragment last = q.produce(0, 1000, false);
        assertEquals(last.payload().length, 500);
        assertTrue(last.ending());
        assertEquals(q.produce(0, 1000, false).streamId(), 3, "then the next stream's turn");
        TxFragment second = q.produce(0, 1000, false);
        assertEquals(second.streamId(), 1);
        assertEquals(second.messageId(), 1, "SSN 1 on stream 1");
        assertNull(q.produce(0, 1000, false));
        assertTrue(q.isEmpty());
    }

    @Test
    public void withIDataEveryFragmentPassesTheTurnToTheNextStream() {
        SendQueue q = new SendQueue();
        q.add(message(1, 2500));
        q.add(message(3, 10));
        List<Integer> order = new java.util.ArrayList<>();
        for (TxFragment f; (f = q.produce(0, 1000, true)) != null; ) {
            order.add(f.streamId() * 10 + f.fsn());
        }
        assertEquals(order, List.of(10, 30, 11, 12), "stream 3's message goes between stream 1's fragments");
    }

    @Test
    public void expiredMessagesAreDroppedBeforeTakingATsn() {
        SendQueue q = new SendQueue();
        q.add(new OutgoingMessage(1, 53, new byte[10], true, OutgoingMessage.UNLIMITED_RETRANSMITS, 100));
        assertNull(q.produce(100, 1000, false));
        assertEquals(q.totalBufferedBytes(), 0);
    }

    private static RetransmissionQueue queue(SendQueue q, boolean partialReliability) {
        return new RetransmissionQueue(q, new CongestionControl(MTU, 1 << 20), new RetransmissionTimeout(500, 100, 60_000),
                1000, 1 << 20, false, partialReliability);
    }

    private static SackChunk sack(int cum, SackChunk.GapAckBlock... gaps) {
        return new SackChunk(cum, 1 << 20, List.of(gaps), List.of());
    }

    @Test
    public void threeMissIndicationsTriggerOneFastRetransmit() {
        SendQueue q = new SendQueue();
        for (int i = 0; i < 6; i++) {
            q.add(message(1, 100));
        }
        RetransmissionQueue rq = queue(q, false);
        List<Chunk> sent = rq.fillPacket(0, MTU - 12, true);
        assertEquals(sent.size(), 6);
        rq.handleSack(sack(1000, new SackChunk.GapAckBlock(2, 2)), 10);
        rq.handleSack(sack(1000, new SackChunk.GapAckBlock(2, 3)), 20);
        assertFalse(rq.hasFastRetransmitPending());
        rq.handleSack(sack(1000, new SackChunk.GapAckBlock(2, 4)), 30);
        assertTrue(rq.hasFastRetransmitPending());
        List<Chunk> retransmitted = rq.fillPacket(40, MTU - 12, true);
        assertEquals(((DataChunk) retransmitted.get(0)).tsn(), 1001);
        rq.handleSack(sack(1000, new SackChunk.GapAckBlock(2, 5)), 50);
        assertFalse(rq.hasFastRetransmitPending(), "a TSN is fast-retransmitted only once");
        rq.handleSack(sack(1005), 60);
        assertFalse(rq.hasOutstanding());
    }

    @Test
    public void aMessageOutOfRetransmissionsIsAbandonedAndForwardedPast() {
        SendQueue q = new SendQueue();
        q.add(new OutgoingMessage(1, 53, new byte[100], false, 0, Long.MAX_VALUE));
        q.add(message(2, 100));
        RetransmissionQueue rq = queue(q, true);
        assertEquals(rq.fillPacket(0, MTU - 12, true).size(), 2);
        rq.handleSack(sack(999, new SackChunk.GapAckBlock(2, 2)), 10); // TSN 1000 (stream 1) missing
        rq.handleT3Expiry(600);
        assertTrue(rq.isForwardTsnDue());
        ForwardTsnChunk fwd = (ForwardTsnChunk) rq.createForwardTsn();
        // only abandoned TSNs move the Advanced.Peer.Ack.Point (RFC 3758 3.5 C2); 1001 is acked by gap
        assertEquals(fwd.newCumulativeTsn(), 1000);
        assertEquals(fwd.skippedStreams(), List.of(new ForwardTsnChunk.SkippedStream(1, 0)));
        assertEquals(rq.fillPacket(600, MTU - 12, true), List.of(), "nothing is retransmitted");
        rq.handleSack(sack(1001), 700);
        assertFalse(rq.hasOutstanding());
    }
}
