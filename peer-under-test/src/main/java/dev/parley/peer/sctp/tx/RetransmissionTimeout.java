package dev.parley.peer.sctp.tx;

/**
 * RTO calculation (RFC 9260 section 6.3.1): SRTT and RTTVAR from RTT measurements with
 * alpha = 1/8, beta = 1/4, RTO = SRTT + 4 * RTTVAR clamped to [RTO.Min, RTO.Max]; doubled on T3
 * expiry (section 6.3.3 E2).
 */
public final class RetransmissionTimeout {
    private final long minMillis;
    private final long maxMillis;
    private double srtt;
    private double rttvar;
    private boolean measured;
    private long rto;

    public RetransmissionTimeout(long initialMillis, long minMillis, long maxMillis) {
        this.minMillis = minMillis;
        this.maxMillis = maxMillis;
        this.rto = Math.max(minMillis, Math.min(maxMillis, initialMillis));
    }

    public void observeRtt(long rttMillis) {
        if (rttMillis < 0) {
            return;
        }
        if (!measured) {
            srtt = rttMillis;
            rttvar = rttMillis / 2.0;
            measured = true;
        } else {
            rttvar = 0.75 * rttvar + 0.25 * Math.abs(srtt - rttMillis);
            srtt = 0.875 * srtt + 0.125 * rttMillis;
        }
        rto = Math.max(minMillis, Math.min(maxMillis, Math.round(srtt + 4 * rttvar)));
    }

    /** Doubles RTO after a T3-rtx expiry (E2), up to RTO.Max. */
    public void backOff() {
        rto = Math.min(maxMillis, rto * 2);
    }

    public long rtoMillis() {
        return rto;
    }

    public long srttMillis() {
        return Math.round(srtt);
    }
}
