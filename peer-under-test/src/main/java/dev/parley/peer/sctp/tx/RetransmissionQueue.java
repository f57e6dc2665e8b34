package dev.parley.peer.sctp.tx;

import dev.parley.peer.sctp.SerialNumbers;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import dev.parley.peer.sctp.packet.SackChunk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sender's data path after the send queue: assigns TSNs, keeps sent chunks until they are
 * acknowledged (RFC 9260 section 6.2.1), retransmits on T3 expiry (6.3.3) and after three miss
 * indications (7.2.4, HTNA), respects cwnd and the peer's rwnd (6.1), and abandons partially
 * reliable messages, moving the Advanced.Peer.Ack.Point and producing FORWARD TSN or I-FORWARD-TSN
 * (RFC 3758 section 3.5, RFC 8260 section 2.3).
 */
public final class RetransmissionQueue {
    private static final int FAST_RETRANSMIT_THRESHOLD = 3;

    /**
     * What a SACK did, for timer and error-counter decisions. {@code newlyAcknowledged}: some TSN was
     * acknowledged for the first time (abandoned ones forwarded past included; they prove the peer is
     * there just as well).
     */
    public record SackResult(boolean accepted, boolean cumulativeAckAdvanced, boolean newlyAcknowledged) {
    }

    private final SendQueue sendQueue;
    private final CongestionControl congestion;
    private final RetransmissionTimeout rto;
    private final boolean interleaved;
    private final boolean partialReliability;
    private final TreeMap<Long, OutstandingChunk> outstanding = new TreeMap<>();
    private long cumulativeAckTsn;
    private long nextTsn;
    private long flightSize;
    /**
     * False only when no outstanding chunk is marked for retransmission: set whenever one is marked, cleared
     * when a scan finds none. Spares the per-packet scans of {@link #outstanding} (O(n) each, thousands of
     * chunks at a large cwnd) while nothing waits for retransmission.
     */
    private boolean retransmitHint;
    private long peerRwnd;
    private boolean forwardTsnDue;
    private long t3Expirations;
    private long fastRetransmissions;
    private long retransmittedChunks;

    public RetransmissionQueue(SendQueue sendQueue, CongestionControl congestion, RetransmissionTimeout rto,
                               int myInitialTsn, long peerRwnd, boolean interleaved, boolean partialReliability) {
        this.sendQueue = sendQueue;
        this.congestion = congestion;
        this.rto = rto;
        this.interleaved = interleaved;
        this.partialReliability = partialReliability;
        this.nextTsn = SerialNumbers.unsigned(myInitialTsn);
        this.cumulativeAckTsn = nextTsn - 1;
        this.peerRwnd = peerRwnd;
    }

    public long nextTsn() {
        return nextTsn;
    }

    public long cumulativeAckTsn() {
        return cumulativeAckTsn;
    }

    public long flightSize() {
        return flightSize;
    }

    public long peerRwnd() {
        return peerRwnd;
    }

    /** Chunks sent and not yet cumulatively acked (abandoned ones included until FORWARD TSN is acked). */
    public boolean hasOutstanding() {
        return !outstanding.isEmpty();
    }

    public int outstandingCount() {
        return outstanding.size();
    }

    /** How often T3-rtx expired with data outstanding (none is expected on a lossless path). */
    public long t3Expirations() {
        return t3Expirations;
    }

    /** Chunks marked for fast retransmission after three miss indications (section 7.2.4). */
    public long fastRetransmissions() {
        return fastRetransmissions;
    }

    /** Chunks sent again, for whatever reason (T3-rtx or fast retransmit). */
    public long retransmittedChunks() {
        return retransmittedChunks;
    }

    /** RFC 9260 section 6.2.1 / 7.2.4: processes a SACK; stale and impossible SACKs are ignored. */
    public SackResult handleSack(SackChunk sack, long now) {
        long cum = SerialNumbers.unwrap32(cumulativeAckTsn, sack.cumulativeTsnAck());
        if (cum < cumulativeAckTsn || cum >= nextTsn) {
            return new SackResult(false, false, false);
        }
        long flightBefore = flightSize;
        long ackedBytes = 0;
        long highestNewlyAcked = -1;
        boolean cumAdvanced = cum > cumulativeAckTsn;
        long rttSample = -1;
        Map<Long, OutstandingChunk> covered = outstanding.headMap(cum, true);
        for (OutstandingChunk c : covered.values()) {
            if (!c.acked) {
                if (!c.abandoned) {
                    ackedBytes += c.size();
                }
                highestNewlyAcked = c.tsn;
                if (c.tsn == cum && c.transmissions == 1) {
                    rttSample = now - c.sentAt;
                }
            }
            if (c.inFlight()) {
                flightSize -= c.size();
            }
        }
        covered.clear();
        cumulativeAckTsn = cum;
        for (SackChunk.GapAckBlock block : sack.gapAckBlocks()) {
            if (block.start() < 1 || block.end() < block.start()) {
                continue;
            }
            for (OutstandingChunk c : outstanding.subMap(cum + block.start(), true, cum + block.end(), true).values()) {
                if (c.acked) {
                    continue;
                }
                if (c.inFlight()) {
                    flightSize -= c.size();
                }
                c.acked = true;
                c.markedForRetransmit = false;
                c.fastRetransmitPending = false;
                if (!c.abandoned) {
                    ackedBytes += c.size();
                }
                highestNewlyAcked = Math.max(highestNewlyAcked, c.tsn);
            }
        }
        boolean newFastRetransmit = false;
        if (highestNewlyAcked > 0) {
            for (OutstandingChunk c : outstanding.headMap(highestNewlyAcked, false).values()) {
                if (c.acked || c.abandoned || c.fastRetransmitted) {
                    continue;
                }
                if (++c.missIndications >= FAST_RETRANSMIT_THRESHOLD) {
                    if (c.inFlight()) {
                        flightSize -= c.size();
                    }
                    c.markedForRetransmit = true;
                    retransmitHint = true;
                    c.fastRetransmitPending = true;
                    c.fastRetransmitted = true;
                    newFastRetransmit = true;
                    fastRetransmissions++;
                }
            }
        }
        if (rttSample >= 0) {
            rto.observeRtt(rttSample);
        }
        if (cumAdvanced) {
            congestion.onCumulativeAckAdvanced(ackedBytes, flightBefore, cum);
        }
        if (newFastRetransmit) {
            congestion.onFastRetransmit(nextTsn - 1);
        }
        peerRwnd = Math.max(0, SerialNumbers.unsigned(sack.aRwnd()) - flightSize);
        if (partialReliability && advancedPeerAckPoint() > cumulativeAckTsn) {
            forwardTsnDue = true;
        }
        return new SackResult(true, cumAdvanced, cumAdvanced || highestNewlyAcked > 0);
    }

    /** T3-rtx expired (RFC 9260 section 6.3.3): everything unacked is retransmitted or abandoned. */
    public void handleT3Expiry(long now) {
        t3Expirations++;
        congestion.onRetransmissionTimeout();
        rto.backOff();
        for (OutstandingChunk c : outstanding.values()) {
            if (c.acked || c.abandoned) {
                continue;
            }
            if (partialReliability && c.fragment.message().shouldAbandon(c.transmissions, now)) {
                abandon(c.fragment.message());
                continue;
            }
            if (c.inFlight()) {
                flightSize -= c.size();
            }
            c.markedForRetransmit = true;
            retransmitHint = true;
        }
        if (partialReliability && advancedPeerAckPoint() > cumulativeAckTsn) {
            forwardTsnDue = true;
        }
    }

    private void abandon(OutgoingMessage message) {
        message.abandoned = true;
        for (OutstandingChunk c : outstanding.values()) {
            if (c.fragment.message() == message && !c.abandoned) {
                if (c.inFlight()) {
                    flightSize -= c.size();
                }
                c.abandoned = true;
                c.markedForRetransmit = false;
                c.fastRetransmitPending = false;
            }
        }
        sendQueue.discardRest(message);
        forwardTsnDue = true;
    }

    private long advancedPeerAckPoint() {
        long point = cumulativeAckTsn;
        for (OutstandingChunk c : outstanding.tailMap(cumulativeAckTsn, false).values()) {
            if (c.tsn != point + 1 || !c.abandoned) {
                break;
            }
            point = c.tsn;
        }
        return point;
    }

    /** Whether a FORWARD TSN should go into the next packet (RFC 3758 section 3.5 C3). */
    public boolean isForwardTsnDue() {
        return forwardTsnDue && advancedPeerAckPoint() > cumulativeAckTsn;
    }

    /** Builds FORWARD TSN (or I-FORWARD-TSN) up to the Advanced.Peer.Ack.Point and clears the due flag. */
    public Chunk createForwardTsn() {
        forwardTsnDue = false;
        long point = advancedPeerAckPoint();
        Map<Integer, Integer> ssnByStream = new LinkedHashMap<>();
        Map<List<Integer>, Integer> midByStream = new LinkedHashMap<>();
        for (OutstandingChunk c : outstanding.headMap(point, true).values()) {
            TxFragment f = c.fragment;
            if (interleaved) {
                midByStream.put(List.of(f.streamId(), f.unordered() ? 1 : 0), f.messageId());
            } else if (!f.unordered()) {
                ssnByStream.put(f.streamId(), f.messageId() & 0xffff);
            }
        }
        if (interleaved) {
            List<IForwardTsnChunk.SkippedMessage> skipped = new ArrayList<>();
            midByStream.forEach((k, mid) ->
                    skipped.add(new IForwardTsnChunk.SkippedMessage(k.get(0), k.get(1) == 1, mid)));
            return new IForwardTsnChunk((int) point, skipped);
        }
        List<ForwardTsnChunk.SkippedStream> skipped = new ArrayList<>();
        ssnByStream.forEach((sid, ssn) -> skipped.add(new ForwardTsnChunk.SkippedStream(sid, ssn)));
        return new ForwardTsnChunk((int) point, skipped);
    }

    /** Whether fast retransmissions wait (they may be sent ignoring cwnd, section 7.2.4 rule 3). */
    public boolean hasFastRetransmitPending() {
        if (!retransmitHint) {
            return false;
        }
        for (OutstandingChunk c : outstanding.values()) {
            if (c.fastRetransmitPending) {
                return true;
            }
        }
        return false;
    }

    /**
     * Data chunks for one packet with {@code room} bytes left: pending fast retransmissions (ignoring
     * cwnd when {@code fastRetransmitBypassesCwnd}), then T3 retransmissions and then new data while cwnd
     * and the peer's rwnd allow.
     */
    public List<Chunk> fillPacket(long now, int room, boolean fastRetransmitBypassesCwnd) {
        List<Chunk> chunks = new ArrayList<>();
        int left = room;
        for (OutstandingChunk c : retransmitHint ? outstanding.values() : List.<OutstandingChunk>of()) {
            if (!c.markedForRetransmit || c.acked || c.abandoned) {
                continue;
            }
            boolean bypass = c.fastRetransmitPending && fastRetransmitBypassesCwnd;
            if (!bypass && !congestion.allowsNewData(flightSize)) {
                break;
            }
            if (partialReliability && c.fragment.message().shouldAbandon(c.transmissions, now)) {
                abandon(c.fragment.message());
                continue;
            }
            int size = c.fragment.chunkSize(interleaved);
            if (size > left) {
                break;
            }
            left -= size;
            c.markedForRetransmit = false;
            c.fastRetransmitPending = false;
            c.transmissions++;
            retransmittedChunks++;
            c.sentAt = now;
            flightSize += c.size();
            chunks.add(c.fragment.toChunk((int) c.tsn, interleaved));
        }
        int header = interleaved ? 20 : 16;
        // retransmissions go before new data (RFC 9260 section 6.1 C): none new while any wait
        boolean retransmissionsWaiting = hasMarkedForRetransmit();
        while (!retransmissionsWaiting && left > header && congestion.allowsNewData(flightSize)) {
            int maxPayload = left - header;
            if (flightSize > 0) {
                if (peerRwnd <= 0) {
                    break;
                }
                maxPayload = (int) Math.min(maxPayload, peerRwnd);
            }
            TxFragment f = sendQueue.produce(now, maxPayload, interleaved);
            if (f == null) {
                break;
            }
            long tsn = nextTsn++;
            OutstandingChunk c = new OutstandingChunk(tsn, f, now);
            outstanding.put(tsn, c);
            flightSize += c.size();
            peerRwnd = Math.max(0, peerRwnd - c.size());
            left -= f.chunkSize(interleaved);
            chunks.add(f.toChunk((int) tsn, interleaved));
        }
        return chunks;
    }

    private boolean hasMarkedForRetransmit() {
        if (!retransmitHint) {
            return false;
        }
        for (OutstandingChunk c : outstanding.values()) {
            if (c.markedForRetransmit && !c.acked && !c.abandoned) {
                return true;
            }
        }
        retransmitHint = false;
        return false;
    }

    /** Whether anything could be sent now (for deciding to build another packet). */
    public boolean canSendMore() {
        return congestion.allowsNewData(flightSize) && (hasMarkedForRetransmit() || !sendQueue.isEmpty());
    }
}
