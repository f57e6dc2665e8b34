package dev.parley.peer.ice;

/**
 * What RTCTransportStats counts at the ICE level: datagrams and payload bytes of the selected
 * pairs (STUN excluded), and how often the selected pair changed.
 */
public record IceTransportCounters(
        long packetsSent,
        long bytesSent,
        long packetsReceived,
        long bytesReceived,
        long selectedCandidatePairChanges) {
}
