package dev.parley.peer.sctp.rx;

import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds fragments until whole messages can be delivered in the order each stream requires, and
 * bounds the memory they take: a fragment that would push the buffer over its limit is refused, its
 * TSN stays unacknowledged and the sender will retransmit it (RFC 9260 section 6.2: a receiver
 * may drop data when out of buffer space).
 */
public final class ReassemblyQueue {
    /** Bookkeeping cost charged per fragment, so floods of one-byte fragments are bounded too. */
    static final int FRAGMENT_OVERHEAD = 64;

    private final ReassemblyStreams streams;
    private final long maxBufferedBytes;
    private final long hardLimitBytes;
    private final List<ReceivedMessage> delivered = new ArrayList<>();

    /**
     * @param maxBufferedBytes the receiver window: out-of-order fragments beyond it are refused
     * @param maxMessageSize the largest message expected; the next in-sequence fragment is taken even
     *     over the window (else a full buffer with a gap could never drain) up to window + this
     */
    public ReassemblyQueue(boolean interleaved, long maxBufferedBytes, long maxMessageSize) {
        this.streams = interleaved ? new InterleavedReassemblyStreams() : new TraditionalReassemblyStreams();
        this.maxBufferedBytes = maxBufferedBytes;
        this.hardLimitBytes = maxBufferedBytes + maxMessageSize;
    }

    /** Whether a fragment of this size may be buffered now. */
    public boolean hasRoomFor(int payloadLength, boolean nextInSequence) {
        long after = streams.bufferedBytes() + payloadLength + FRAGMENT_OVERHEAD;
        return after <= (nextInSequence ? hardLimitBytes : maxBufferedBytes);
    }

    public void add(DataFragment fragment) {
        streams.add(fragment, delivered::add);
    }

    public void forwardTsn(long newCumulativeTsn, List<ForwardTsnChunk.SkippedStream> skipped,
                           List<IForwardTsnChunk.SkippedMessage> skippedMessages) {
        streams.forwardTsn(newCumulativeTsn, skipped, skippedMessages, delivered::add);
    }

    public void resetStreams(int[] streamIds) {
        streams.resetStreams(streamIds);
    }

    public long bufferedBytes() {
        return streams.bufferedBytes();
    }

    /** Messages completed since the last call, in delivery order. */
    public List<ReceivedMessage> drainDelivered() {
        if (delivered.isEmpty()) {
            return List.of();
        }
        List<ReceivedMessage> out = new ArrayList<>(delivered);
        delivered.clear();
        return out;
    }
}
