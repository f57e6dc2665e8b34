package dev.parley.peer.sctp.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Messages waiting for a TSN, per stream, and the stream scheduler: round-robin over streams. With DATA
 * a message is sent whole before the next one starts (its fragments must take consecutive TSNs, RFC
 * 9260 section 6.9); with I-DATA the turn passes to the next stream after every fragment, so a large
 * message does not hold up the other streams (the point of RFC 8260). Messages whose lifetime ran out
 * before their first fragment was sent are dropped here without taking a TSN (RFC 3758 section 4, as
 * dcSCTP does).
 */
public final class SendQueue {
    private final Map<Integer, OutgoingStream> streams = new TreeMap<>();
    private final List<Integer> bufferedAmountLow = new ArrayList<>();
    private OutgoingStream current;
    private int lastServedStream = -1;
    private long totalBufferedBytes;

    public void add(OutgoingMessage message) {
        OutgoingStream s = stream(message.streamId());
        s.queue.addLast(message);
        s.bufferedBytes += message.length();
        totalBufferedBytes += message.length();
    }

    private OutgoingStream stream(int id) {
        return streams.computeIfAbsent(id, OutgoingStream::new);
    }

    public boolean isEmpty() {
        return totalBufferedBytes == 0 && current == null && !anyQueued();
    }

    private boolean anyQueued() {
        for (OutgoingStream s : streams.values()) {
            if (!s.queue.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Nothing of this stream waits for a TSN (a stream reset may then name its last TSN). */
    public boolean isStreamIdle(int streamId) {
        OutgoingStream s = streams.get(streamId);
        return s == null || s.queue.isEmpty();
    }

    public long totalBufferedBytes() {
        return totalBufferedBytes;
    }

    public long bufferedAmount(int streamId) {
        OutgoingStream s = streams.get(streamId);
        return s == null ? 0 : s.bufferedBytes;
    }

    public void setBufferedAmountLowThreshold(int streamId, long bytes) {
        stream(streamId).bufferedAmountLowThreshold = bytes;
    }

    /** Streams whose buffered amount fell to or below their threshold since the last call. */
    public List<Integer> drainBufferedAmountLow() {
        if (bufferedAmountLow.isEmpty()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>(bufferedAmountLow);
        bufferedAmountLow.clear();
        return out;
    }

    /**
     * The next fragment of at most {@code maxPayload} bytes, or null when nothing is queued.
     */
    public TxFragment produce(long now, int maxPayload, boolean interleaved) {
        while (true) {
            OutgoingStream s = current != null && !interleaved ? current : nextStream();
            if (s == null) {
                return null;
            }
            OutgoingMessage m = s.queue.peekFirst();
            if (m == null) {
                current = null;
                continue;
            }
            if (!m.started && m.isExpired(now)) {
                s.queue.pollFirst();
                consumed(s, m.remaining());
                current = null;
                continue;
            }
            if (!m.started) {
                m.started = true;
                m.messageId = s.takeMessageId(m.unordered(), interleaved);
            }
            int size = Math.min(maxPayload, m.remaining());
            byte[] part = new byte[size];
            System.arraycopy(m.payload(), m.offset, part, 0, size);
            boolean beginning = m.offset == 0;
            m.offset += size;
            boolean ending = m.remaining() == 0;
            TxFragment f = new TxFragment(m, s.id, m.messageId, m.nextFsn++, m.ppid(), part, m.unordered(), beginning,
                    ending);
            consumed(s, size);
            if (ending) {
                s.queue.pollFirst();
                current = null;
                lastServedStream = s.id;
            } else if (interleaved) {
                lastServedStream = s.id;
            } else {
                current = s;
            }
            return f;
        }
    }

    private OutgoingStream nextStream() {
        OutgoingStream first = null;
        for (OutgoingStream s : streams.values()) {
            if (s.queue.isEmpty()) {
                continue;
            }
            if (first == null) {
                first = s;
            }
            if (s.id > lastServedStream) {
                return s;
            }
        }
        return first;
    }

    private void consumed(OutgoingStream s, long bytes) {
        long before = s.bufferedBytes;
        s.bufferedBytes -= bytes;
        totalBufferedBytes -= bytes;
        if (before > s.bufferedAmountLowThreshold && s.bufferedBytes <= s.bufferedAmountLowThreshold) {
            bufferedAmountLow.add(s.id);
        }
    }

    /** Drops the unsent rest of an abandoned message (RFC 3758 section 3.5 rule A3). */
    public void discardRest(OutgoingMessage m) {
        OutgoingStream s = streams.get(m.streamId());
        if (s == null || s.queue.peekFirst() != m) {
            return;
        }
        s.queue.pollFirst();
        consumed(s, m.remaining());
        m.offset = m.length();
        if (current == s) {
            current = null;
        }
    }

    /**
     * The peer restarted (RFC 9260 section 5.2.4 A): a message cut in the middle cannot be completed in
     * the new association, and every stream starts again at sequence number 0.
     */
    public void restart() {
        for (OutgoingStream s : streams.values()) {
            OutgoingMessage m = s.queue.peekFirst();
            if (m != null && m.started) {
                discardRest(m);
            }
            s.resetSequenceNumbers();
        }
        current = null;
    }

    /** After an outgoing stream reset was performed: SSN and MIDs restart at 0 (RFC 6525 section 5.1.4). */
    public void resetStreams(int[] streamIds) {
        if (streamIds.length == 0) {
            streams.values().forEach(OutgoingStream::resetSequenceNumbers);
            return;
        }
        for (int sid : streamIds) {
            OutgoingStream s = streams.get(sid);
            if (s != null) {
                s.resetSequenceNumbers();
                if (s.queue.isEmpty() && s.bufferedAmountLowThreshold == 0) {
                    streams.remove(sid);
                }
            }
        }
    }
}
