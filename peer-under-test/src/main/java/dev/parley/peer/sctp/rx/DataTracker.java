package dev.parley.peer.sctp.rx;

import dev.parley.peer.sctp.SerialNumbers;
import dev.parley.peer.sctp.packet.SackChunk;
import dev.parley.peer.sctp.packet.SackChunk.GapAckBlock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Which TSNs have arrived (RFC 9260 section 6.2): the cumulative TSN, the TSNs above it (reported as
 * gap ack blocks), duplicates to report, and when a SACK is due: at once after a gap, a duplicate or
 * every second packet with DATA, else after the delayed-ack time (section 6.2 and 6.7).
 */
public final class DataTracker {
    /** TSNs further than this above the cumulative TSN are refused (they cannot be in any window). */
    static final long MAX_TSN_AHEAD = 1L << 20;
    /** At most this many TSNs are held above a gap (memory bound; far above any real cwnd). */
    static final int MAX_OUT_OF_ORDER_TSNS = 1 << 17;
    private static final int MAX_GAP_BLOCKS = 64;

    private final int maxDuplicatesReported;
    private long cumulativeTsn;
    private final TreeSet<Long> receivedAbove = new TreeSet<>();
    private final List<Integer> duplicates = new ArrayList<>();
    private boolean sackNow;
    private boolean sackPending;
    private int packetsWithDataSinceSack;

    public DataTracker(int peerInitialTsn, int maxDuplicatesReported) {
        this.cumulativeTsn = SerialNumbers.unsigned(peerInitialTsn) - 1;
        this.maxDuplicatesReported = maxDuplicatesReported;
    }

    public long cumulativeTsn() {
        return cumulativeTsn;
    }

    public long unwrap(int wireTsn) {
        return SerialNumbers.unwrap32(cumulativeTsn, wireTsn);
    }

    /**
     * Whether a new TSN can be tracked: not absurdly far ahead, and, unless it is the next expected
     * one, not beyond the bounded set of out-of-order TSNs (a refused TSN is retransmitted later).
     */
    public boolean isAcceptable(long tsn) {
        if (!isWithinReach(tsn)) {
            return false;
        }
        return tsn == cumulativeTsn + 1 || receivedAbove.size() < MAX_OUT_OF_ORDER_TSNS;
    }

    /** Whether a TSN is plausibly near the cumulative TSN (checks FORWARD TSN values too). */
    public boolean isWithinReach(long tsn) {
        return tsn - cumulativeTsn <= MAX_TSN_AHEAD;
    }

    public boolean isDuplicate(long tsn) {
        return tsn <= cumulativeTsn || receivedAbove.contains(tsn);
    }

    /** Records a duplicate TSN for the next SACK and asks for that SACK at once (section 6.2). */
    public void observeDuplicate(long tsn) {
        if (duplicates.size() < maxDuplicatesReported) {
            duplicates.add((int) tsn);
        }
        sackNow = true;
        sackPending = true;
    }

    /** Records a new TSN. */
    public void observe(long tsn, boolean immediateAck) {
        if (tsn == cumulativeTsn + 1) {
            cumulativeTsn = tsn;
            advanceOverReceived();
        } else {
            receivedAbove.add(tsn);
        }
        if (!receivedAbove.isEmpty() || immediateAck) {
            sackNow = true;
        }
        sackPending = true;
    }

    private void advanceOverReceived() {
        while (!receivedAbove.isEmpty() && receivedAbove.first() == cumulativeTsn + 1) {
            cumulativeTsn = receivedAbove.pollFirst();
        }
    }

    /**
     * Moves the cumulative TSN forward over abandoned TSNs (FORWARD TSN, RFC 3758 section 3.6).
     * Returns false when the FORWARD TSN was stale.
     */
    public boolean forwardTo(long newCumulativeTsn) {
        sackNow = true;
        sackPending = true;
        if (newCumulativeTsn <= cumulativeTsn) {
            return false;
        }
        cumulativeTsn = newCumulativeTsn;
        Iterator<Long> it = receivedAbove.iterator();
        while (it.hasNext() && it.next() <= newCumulativeTsn) {
            it.remove();
        }
        advanceOverReceived();
        return true;
    }

    /** Call once per received packet that carried DATA: decides between an immediate and a delayed SACK. */
    public void packetWithDataProcessed() {
        packetsWithDataSinceSack++;
        if (packetsWithDataSinceSack >= 2) {
            sackNow = true;
        }
    }

    /** Asks for an immediate SACK (e.g. while shutting down, section 9.2). */
    public void requestImmediateSack() {
        sackNow = true;
        sackPending = true;
    }

    public boolean shouldSendSackNow() {
        return sackNow;
    }

    /** A SACK is owed but may wait for the delayed-ack timer. */
    public boolean hasPendingSack() {
        return sackPending;
    }

    /** Builds a SACK of the current state and clears the pending flags and duplicate list. */
    public SackChunk createSack(int aRwnd) {
        List<GapAckBlock> blocks = new ArrayList<>();
        long blockStart = -1;
        long blockEnd = -1;
        for (long tsn : receivedAbove) {
            if (blockStart < 0) {
                blockStart = tsn;
                blockEnd = tsn;
            } else if (tsn == blockEnd + 1) {
                blockEnd = tsn;
            } else {
                if (!addBlock(blocks, blockStart, blockEnd)) {
                    break;
                }
                blockStart = tsn;
                blockEnd = tsn;
            }
        }
        if (blockStart >= 0 && blocks.size() < MAX_GAP_BLOCKS) {
            addBlock(blocks, blockStart, blockEnd);
        }
        SackChunk sack = new SackChunk((int) cumulativeTsn, aRwnd, blocks, duplicates);
        duplicates.clear();
        sackNow = false;
        sackPending = false;
        packetsWithDataSinceSack = 0;
        return sack;
    }

    private boolean addBlock(List<GapAckBlock> blocks, long start, long end) {
        long s = start - cumulativeTsn;
        long e = end - cumulativeTsn;
        if (blocks.size() >= MAX_GAP_BLOCKS || e > 0xffff) {
            return false;
        }
        blocks.add(new GapAckBlock((int) s, (int) e));
        return true;
    }

    /** Number of TSNs held above the cumulative TSN (a bounded quantity, see isAcceptable). */
    public int gapTsnCount() {
        return receivedAbove.size();
    }
}
