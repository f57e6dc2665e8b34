package dev.parley.peer.sctp.tx;

import java.util.ArrayDeque;

/** The send side of one stream: its queue, its next SSN / MIDs and its buffered-amount bookkeeping. */
final class OutgoingStream {
    final int id;
    final ArrayDeque<OutgoingMessage> queue = new ArrayDeque<>();
    int nextSsn;
    int nextOrderedMid;
    int nextUnorderedMid;
    long bufferedBytes;
    long bufferedAmountLowThreshold;

    OutgoingStream(int id) {
        this.id = id;
    }

    int takeMessageId(boolean unordered, boolean interleaved) {
        if (interleaved) {
            return unordered ? nextUnorderedMid++ : nextOrderedMid++;
        }
        if (unordered) {
            return 0;
        }
        int ssn = nextSsn;
        nextSsn = (nextSsn + 1) & 0xffff;
        return ssn;
    }

    void resetSequenceNumbers() {
        nextSsn = 0;
        nextOrderedMid = 0;
        nextUnorderedMid = 0;
    }
}
