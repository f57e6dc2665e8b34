package dev.parley.peer.sctp.association;

/**
 * A snapshot of the association's transmission state, for diagnostics and for the W3C
 * RTCSctpTransportStats (smoothedRoundTripTime, congestionWindow, receiverWindow, mtu, unackData).
 * The last three are counters since the association was established: T3-rtx expirations, chunks
 * marked for fast retransmission, and chunks sent more than once (all zero on a lossless path).
 */
public record SctpStats(AssociationState state, long smoothedRoundTripTimeMillis, long congestionWindow,
                        long peerReceiverWindow, int mtu, int unacknowledgedChunks, long bytesInFlight,
                        long queuedBytes, long reassemblyBufferedBytes, long rtoMillis, long t3Expirations,
                        long fastRetransmissions, long retransmittedChunks) {
}
