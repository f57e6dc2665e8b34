package dev.parley.peer.sctp.association;

/**
 * A snapshot of the association's transmission state, for diagnostics and for the W3C
 * RTCSctpTransportStats (smoothedRoundTripTime, congestionWindow, receiverWindow, mtu, unackData).
 */
public record SctpStats(AssociationState state, long smoothedRoundTripTimeMillis, long congestionWindow,
                        long peerReceiverWindow, int mtu, int unacknowledgedChunks, long bytesInFlight,
                        long queuedBytes, long reassemblyBufferedBytes, long rtoMillis) {
}
