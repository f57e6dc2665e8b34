package dev.parley.peer.stats;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import dev.parley.peer.ice.IceCandidatePairSnapshot;
import dev.parley.peer.ice.IceCheckCounters;
import dev.parley.peer.ice.IcePairTraffic;

/**
 * webrtc-stats RTCIceCandidatePairStats. Round-trip times are in seconds, timestamps in epoch
 * milliseconds. {@code availableOutgoingBitrate} is never present: this peer has no bandwidth
 * estimator, and the spec leaves the member out when nothing estimates it.
 *
 * @param priority obsolete in webrtc-stats, still reported by Chrome and Firefox
 */
public record RTCIceCandidatePairStats(
        String id,
        double timestamp,
        String transportId,
        String localCandidateId,
        String remoteCandidateId,
        String state,
        boolean nominated,
        long priority,
        IcePairTraffic traffic,
        IceCheckCounters checks) implements RTCStats {

    public RTCIceCandidatePairStats {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transportId, "transportId");
        Objects.requireNonNull(localCandidateId, "localCandidateId");
        Objects.requireNonNull(remoteCandidateId, "remoteCandidateId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(traffic, "traffic");
        Objects.requireNonNull(checks, "checks");
    }

    public static RTCIceCandidatePairStats of(String transportId, IceCandidatePairSnapshot pair, double timestamp) {
        return new RTCIceCandidatePairStats(StatsIds.candidatePair(transportId, pair.local(), pair.remote()), timestamp,
                transportId, StatsIds.localCandidate(transportId, pair.local()), StatsIds.remoteCandidate(transportId, pair.remote()),
                pair.state().specName(), pair.nominated(), pair.priority(), pair.traffic(), pair.checks());
    }

    @Override
    public String type() {
        return "candidate-pair";
    }

    @Override
    public Map<String, Object> toMap() {
        return new StatsMap(id, type(), timestamp)
                .put("transportId", transportId)
                .put("localCandidateId", localCandidateId)
                .put("remoteCandidateId", remoteCandidateId)
                .put("state", state)
                .put("nominated", nominated)
                .put("priority", priority)
                .put("packetsSent", traffic.packetsSent())
                .put("packetsReceived", traffic.packetsReceived())
                .put("bytesSent", traffic.bytesSent())
                .put("bytesReceived", traffic.bytesReceived())
                .put("lastPacketSentTimestamp", millis(traffic.lastPacketSentMillis()))
                .put("lastPacketReceivedTimestamp", millis(traffic.lastPacketReceivedMillis()))
                .put("totalRoundTripTime", checks.totalRoundTripTime())
                .put("currentRoundTripTime", checks.currentRoundTripTime())
                .put("requestsReceived", checks.requestsReceived())
                .put("requestsSent", checks.requestsSent())
                .put("responsesReceived", checks.responsesReceived())
                .put("responsesSent", checks.responsesSent())
                .put("consentRequestsSent", checks.consentRequestsSent())
                .toMap();
    }

    private static OptionalDouble millis(OptionalLong epochMillis) {
        return epochMillis.isPresent() ? OptionalDouble.of(epochMillis.getAsLong()) : OptionalDouble.empty();
    }
}
