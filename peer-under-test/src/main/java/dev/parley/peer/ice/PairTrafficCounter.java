package dev.parley.peer.ice;

import java.util.OptionalLong;

/**
 * Counts the application datagrams of the selected pair. ice4j's component socket merges every
 * candidate's socket and does not say which pair a datagram came in on; data only flows on the
 * selected pair, so the transport credits everything to the pair selected at the time.
 */
final class PairTrafficCounter {

    private long packetsSent;
    private long bytesSent;
    private long packetsReceived;
    private long bytesReceived;
    private long lastSentMillis = -1;
    private long lastReceivedMillis = -1;

    synchronized void sent(int length, long nowMillis) {
        packetsSent++;
        bytesSent += length;
        lastSentMillis = nowMillis;
    }

    synchronized void received(int length, long nowMillis) {
        packetsReceived++;
        bytesReceived += length;
        lastReceivedMillis = nowMillis;
    }

    synchronized IcePairTraffic snapshot() {
        return new IcePairTraffic(packetsSent, bytesSent, packetsReceived, bytesReceived,
                lastSentMillis < 0 ? OptionalLong.empty() : OptionalLong.of(lastSentMillis),
                lastReceivedMillis < 0 ? OptionalLong.empty() : OptionalLong.of(lastReceivedMillis));
    }
}
