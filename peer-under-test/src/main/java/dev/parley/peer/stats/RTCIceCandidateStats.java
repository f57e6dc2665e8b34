package dev.parley.peer.stats;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.parley.peer.ice.IceCandidateInfo;
import dev.parley.peer.ice.RTCIceCandidateType;
import dev.parley.peer.ice.RTCIceTcpCandidateType;

/**
 * webrtc-stats RTCIceCandidateStats, as {@code local-candidate} or {@code remote-candidate}.
 *
 * @param url the STUN or TURN server URL a local server-reflexive or relay candidate came from
 * @param relayProtocol how a local relay candidate talks to its TURN server: {@code udp} here
 */
public record RTCIceCandidateStats(
        String id,
        double timestamp,
        boolean local,
        String transportId,
        String address,
        int port,
        String protocol,
        String candidateType,
        long priority,
        Optional<String> url,
        Optional<String> relayProtocol,
        String foundation,
        Optional<String> relatedAddress,
        Optional<Integer> relatedPort,
        Optional<String> usernameFragment,
        Optional<String> tcpType) implements RTCStats {

    public RTCIceCandidateStats {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(transportId, "transportId");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(relayProtocol, "relayProtocol");
        Objects.requireNonNull(relatedAddress, "relatedAddress");
        Objects.requireNonNull(relatedPort, "relatedPort");
        Objects.requireNonNull(usernameFragment, "usernameFragment");
        Objects.requireNonNull(tcpType, "tcpType");
    }

    /** A candidate this side gathered; {@code serverUrl} is the server that gave it, if one did. */
    public static RTCIceCandidateStats local(String transportId, IceCandidateInfo candidate, Optional<String> serverUrl,
            double timestamp) {
        boolean relay = candidate.type() == RTCIceCandidateType.RELAY;
        // This peer reaches TURN servers over UDP only (IceServerConfig accepts no other transport).
        return of(StatsIds.localCandidate(transportId, candidate), true, transportId, candidate, serverUrl,
                relay ? Optional.of("udp") : Optional.empty(), timestamp);
    }

    /** A candidate the peer signalled or ICE discovered (peer-reflexive). */
    public static RTCIceCandidateStats remote(String transportId, IceCandidateInfo candidate, double timestamp) {
        return of(StatsIds.remoteCandidate(transportId, candidate), false, transportId, candidate, Optional.empty(),
                Optional.empty(), timestamp);
    }

    private static RTCIceCandidateStats of(String id, boolean local, String transportId, IceCandidateInfo candidate,
            Optional<String> url, Optional<String> relayProtocol, double timestamp) {
        return new RTCIceCandidateStats(id, timestamp, local, transportId, candidate.address(), candidate.port(),
                candidate.protocol().specName(), candidate.type().specName(), candidate.priority(), url, relayProtocol,
                candidate.foundation(), candidate.relatedAddress(), candidate.relatedPort(), candidate.usernameFragment(),
                candidate.tcpType().map(RTCIceTcpCandidateType::specName));
    }

    @Override
    public String type() {
        return local ? "local-candidate" : "remote-candidate";
    }

    @Override
    public Map<String, Object> toMap() {
        return new StatsMap(id, type(), timestamp)
                .put("transportId", transportId)
                .put("address", address)
                .put("port", port)
                .put("protocol", protocol)
                .put("candidateType", candidateType)
                .put("priority", priority)
                .put("url", url)
                .put("relayProtocol", relayProtocol)
                .put("foundation", foundation)
                .put("relatedAddress", relatedAddress)
                .put("relatedPort", relatedPort)
                .put("usernameFragment", usernameFragment)
                .put("tcpType", tcpType)
                .toMap();
    }
}
