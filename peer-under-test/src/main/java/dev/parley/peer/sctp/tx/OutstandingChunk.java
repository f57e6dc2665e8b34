package dev.parley.peer.sctp.tx;

/** A sent DATA / I-DATA chunk not yet cumulatively acknowledged. */
final class OutstandingChunk {
    final long tsn;
    final TxFragment fragment;
    long sentAt;
    int transmissions = 1;
    int missIndications;
    boolean acked;
    boolean abandoned;
    boolean markedForRetransmit;
    boolean fastRetransmitPending;
    boolean fastRetransmitted;

    OutstandingChunk(long tsn, TxFragment fragment, long sentAt) {
        this.tsn = tsn;
        this.fragment = fragment;
        this.sentAt = sentAt;
    }

    int size() {
        return fragment.payload().length;
    }

    /** Counted in the flight size: sent, not acked, not abandoned, not waiting for retransmission. */
    boolean inFlight() {
        return !acked && !abandoned && !markedForRetransmit;
    }
}
