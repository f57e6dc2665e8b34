package dev.parley.peer.ice;

import java.util.Objects;

/**
 * One candidate pair of the transport's check list at one moment: what RTCIceCandidatePairStats
 * reports about it.
 *
 * @param priority the pair priority of RFC 8445 section 6.1.2.3
 * @param selected whether the transport sends on this pair now
 */
public record IceCandidatePairSnapshot(
        IceCandidateInfo local,
        IceCandidateInfo remote,
        RTCStatsIceCandidatePairState state,
        boolean nominated,
        boolean selected,
        long priority,
        IceCheckCounters checks,
        IcePairTraffic traffic) {

    public IceCandidatePairSnapshot {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(checks, "checks");
        Objects.requireNonNull(traffic, "traffic");
    }
}
