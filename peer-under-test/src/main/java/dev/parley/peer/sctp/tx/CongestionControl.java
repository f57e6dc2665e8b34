package dev.parley.peer.sctp.tx;

/**
 * Congestion control of RFC 9260 section 7.2: slow start, congestion avoidance with
 * partial_bytes_acked, fast recovery, and the reactions to T3 expiry and fast retransmit.
 */
public final class CongestionControl {
    private final int mtu;
    private long cwnd;
    private long ssthresh;
    private long partialBytesAcked;
    private boolean inFastRecovery;
    private long fastRecoveryExitPoint;

    public CongestionControl(int mtu, long peerReceiverWindow) {
        this.mtu = mtu;
        // section 7.2.1: initial cwnd = min(4*MTU, max(2*MTU, 4380 bytes)); ssthresh = peer's rwnd
        this.cwnd = Math.min(4L * mtu, Math.max(2L * mtu, 4380));
        this.ssthresh = peerReceiverWindow;
    }

    public long cwnd() {
        return cwnd;
    }

    public long ssthresh() {
        return ssthresh;
    }

    public boolean inFastRecovery() {
        return inFastRecovery;
    }

    /**
     * A SACK advanced the cumulative TSN (section 7.2.1 / 7.2.2).
     * @param ackedBytes bytes newly acknowledged by this SACK
     * @param flightSizeBefore bytes outstanding before the SACK
     * @param cumulativeTsn the new cumulative TSN ack, to leave fast recovery
     */
    public void onCumulativeAckAdvanced(long ackedBytes, long flightSizeBefore, long cumulativeTsn) {
        if (inFastRecovery && cumulativeTsn >= fastRecoveryExitPoint) {
            inFastRecovery = false;
        }
        if (inFastRecovery) {
            return;
        }
        boolean fullyUtilized = flightSizeBefore + mtu >= cwnd;
        if (cwnd <= ssthresh) {
            if (fullyUtilized) {
                cwnd += Math.min(ackedBytes, mtu);
            }
        } else {
            partialBytesAcked += ackedBytes;
            if (partialBytesAcked >= cwnd && fullyUtilized) {
                partialBytesAcked -= cwnd;
                cwnd += mtu;
            }
        }
    }

    /** Fast retransmit (section 7.2.4): enters fast recovery until {@code highestOutstandingTsn} is acked. */
    public void onFastRetransmit(long highestOutstandingTsn) {
        if (inFastRecovery) {
            return;
        }
        ssthresh = Math.max(cwnd / 2, 4L * mtu);
        cwnd = ssthresh;
        partialBytesAcked = 0;
        inFastRecovery = true;
        fastRecoveryExitPoint = highestOutstandingTsn;
    }

    /** T3-rtx expiry (section 7.2.3). */
    public void onRetransmissionTimeout() {
        ssthresh = Math.max(cwnd / 2, 4L * mtu);
        cwnd = mtu;
        partialBytesAcked = 0;
        inFastRecovery = false;
    }

    /**
     * No data was sent for {@code idleRtos} RTOs: cwnd = max(cwnd/2, 4*MTU) per RTO of idleness
     * (section 7.2.1), so a burst after a pause does not rely on stale network knowledge.
     */
    public void onIdle(long idleRtos) {
        for (long i = 0; i < idleRtos && cwnd > 4L * mtu; i++) {
            cwnd = Math.max(cwnd / 2, 4L * mtu);
        }
    }

    public boolean allowsNewData(long flightSize) {
        return flightSize < cwnd;
    }
}
