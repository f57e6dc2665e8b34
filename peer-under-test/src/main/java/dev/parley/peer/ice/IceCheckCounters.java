package dev.parley.peer.ice;

import java.util.OptionalDouble;

/**
 * The STUN connectivity and consent checks (RFC 8445, RFC 7675) of one candidate pair, in the
 * terms of RTCIceCandidatePairStats.
 *
 * @param consentRequestsSent requests sent while the pair was the selected one (RFC 7675 consent checks)
 * @param totalRoundTripTime seconds, summed over every answered request
 * @param currentRoundTripTime seconds, of the latest answered request; empty before any
 */
public record IceCheckCounters(
        long requestsSent,
        long responsesReceived,
        long requestsReceived,
        long responsesSent,
        long consentRequestsSent,
        double totalRoundTripTime,
        OptionalDouble currentRoundTripTime) {

    public static final IceCheckCounters NONE = new IceCheckCounters(0, 0, 0, 0, 0, 0, OptionalDouble.empty());
}
