package dev.parley.peer.ice;

/** W3C webrtc-stats RTCStatsIceCandidatePairState: where a pair is in its checks (RFC 8445 section 6.1.2.6). */
public enum RTCStatsIceCandidatePairState {
    FROZEN("frozen"),
    WAITING("waiting"),
    IN_PROGRESS("in-progress"),
    FAILED("failed"),
    SUCCEEDED("succeeded");

    private final String specName;

    RTCStatsIceCandidatePairState(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    @Override
    public String toString() {
        return specName;
    }
}
