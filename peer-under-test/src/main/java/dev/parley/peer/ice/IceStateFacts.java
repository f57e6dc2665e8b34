package dev.parley.peer.ice;

/**
 * Everything the W3C RTCIceTransportState depends on, and the pure function from it to the state
 * ({@link #derive()}); {@link RTCIceTransport} gathers the facts, this decides.
 *
 * @param closed stop() was called
 * @param started connectivity checks were started on some generation
 * @param checksFailed the current generation's checks all failed
 * @param consentLost the selected pair's consent expired (RFC 7675)
 * @param pairSelected the current generation has a selected pair
 * @param consent how fresh the selected pair's consent is
 * @param allCandidatesKnown the peer signalled end-of-candidates and local gathering is complete
 * @param restartChecking a restarted generation is running its checks
 * @param restartFailed that generation's checks all failed
 */
public record IceStateFacts(
        boolean closed,
        boolean started,
        boolean checksFailed,
        boolean consentLost,
        boolean pairSelected,
        ConsentStatus consent,
        boolean allCandidatesKnown,
        boolean restartChecking,
        boolean restartFailed) {

    public RTCIceTransportState derive() {
        if (closed) {
            return RTCIceTransportState.CLOSED;
        }
        if (!started) {
            return RTCIceTransportState.NEW;
        }
        if (restartFailed) {
            return RTCIceTransportState.FAILED;
        }
        boolean currentUsable = pairSelected && !consentLost && !checksFailed;
        if (restartChecking && !currentUsable) {
            // Nothing left on the old generation: the new one decides.
            return RTCIceTransportState.CHECKING;
        }
        if (checksFailed || consentLost) {
            return RTCIceTransportState.FAILED;
        }
        if (!pairSelected) {
            return RTCIceTransportState.CHECKING;
        }
        if (consent == ConsentStatus.LAPSING) {
            return RTCIceTransportState.DISCONNECTED;
        }
        return allCandidatesKnown && !restartChecking ? RTCIceTransportState.COMPLETED : RTCIceTransportState.CONNECTED;
    }
}
