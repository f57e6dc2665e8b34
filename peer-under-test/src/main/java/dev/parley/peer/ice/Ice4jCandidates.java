package dev.parley.peer.ice;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Candidate;
import org.ice4j.ice.CandidatePairState;
import org.ice4j.ice.CandidateTcpType;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.RemoteCandidate;

/** Converts between ice4j's candidates (and pair states) and Parley's. */
final class Ice4jCandidates {

    private Ice4jCandidates() {
    }

    static IceCandidateInfo toInfo(Candidate<?> candidate, String ufrag) {
        TransportAddress address = candidate.getTransportAddress();
        TransportAddress related = candidate.getRelatedAddress();
        return new IceCandidateInfo(
                candidate.getFoundation(),
                candidate.getParentComponent().getComponentID(),
                address.getTransport() == Transport.TCP ? RTCIceProtocol.TCP : RTCIceProtocol.UDP,
                candidate.getPriority(),
                address.getHostAddress(),
                address.getPort(),
                type(candidate.getType()),
                Optional.ofNullable(candidate.getTcpType()).map(Ice4jCandidates::tcpType),
                Optional.ofNullable(related).map(TransportAddress::getHostAddress),
                Optional.ofNullable(related).map(TransportAddress::getPort),
                Optional.ofNullable(ufrag));
    }

    /**
     * An ice4j remote candidate, or empty for candidates this peer cannot use: TCP (it gathers
     * UDP only) and mDNS names (it resolves none; the test network's browsers send plain IPs).
     */
    static Optional<RemoteCandidate> toRemote(IceCandidateInfo info, Component component) {
        if (info.protocol() != RTCIceProtocol.UDP || info.isMdnsName() || !isIpLiteral(info.address())) {
            return Optional.empty();
        }
        try {
            TransportAddress address = new TransportAddress(InetAddress.getByName(info.address()), info.port(), Transport.UDP);
            return Optional.of(new RemoteCandidate(address, component, ice4jType(info.type()), info.foundation(),
                    info.priority(), null, info.usernameFragment().orElse(null)));
        } catch (UnknownHostException e) {
            // Unreachable for IP literals: getByName does not look them up.
            return Optional.empty();
        }
    }

    /** IPv4 dotted quad or IPv6 hex; never a name, so no DNS lookup leaves the test network. */
    static boolean isIpLiteral(String address) {
        return address.matches("\\d{1,3}(\\.\\d{1,3}){3}") || address.contains(":");
    }

    private static RTCIceCandidateType type(CandidateType type) {
        return switch (type) {
            case SERVER_REFLEXIVE_CANDIDATE, STUN_CANDIDATE -> RTCIceCandidateType.SRFLX;
            case PEER_REFLEXIVE_CANDIDATE -> RTCIceCandidateType.PRFLX;
            case RELAYED_CANDIDATE -> RTCIceCandidateType.RELAY;
            default -> RTCIceCandidateType.HOST;
        };
    }

    private static CandidateType ice4jType(RTCIceCandidateType type) {
        return switch (type) {
            case HOST -> CandidateType.HOST_CANDIDATE;
            case SRFLX -> CandidateType.SERVER_REFLEXIVE_CANDIDATE;
            case PRFLX -> CandidateType.PEER_REFLEXIVE_CANDIDATE;
            case RELAY -> CandidateType.RELAYED_CANDIDATE;
        };
    }

    static RTCStatsIceCandidatePairState state(CandidatePairState state) {
        return switch (state) {
            case FROZEN -> RTCStatsIceCandidatePairState.FROZEN;
            case WAITING -> RTCStatsIceCandidatePairState.WAITING;
            case IN_PROGRESS -> RTCStatsIceCandidatePairState.IN_PROGRESS;
            case SUCCEEDED -> RTCStatsIceCandidatePairState.SUCCEEDED;
            case FAILED -> RTCStatsIceCandidatePairState.FAILED;
        };
    }

    private static RTCIceTcpCandidateType tcpType(CandidateTcpType type) {
        return switch (type) {
            case ACTIVE -> RTCIceTcpCandidateType.ACTIVE;
            case PASSIVE -> RTCIceTcpCandidateType.PASSIVE;
            case SO -> RTCIceTcpCandidateType.SO;
        };
    }
}
