package dev.parley.peer.ice;

import java.util.OptionalLong;

/**
 * Application datagrams (DTLS, SRTP; STUN excluded) a candidate pair carried while it was the
 * selected one, with the wall-clock times (epoch milliseconds) of the last one each way.
 */
public record IcePairTraffic(
        long packetsSent,
        long bytesSent,
        long packetsReceived,
        long bytesReceived,
        OptionalLong lastPacketSentMillis,
        OptionalLong lastPacketReceivedMillis) {

    public static final IcePairTraffic NONE = new IcePairTraffic(0, 0, 0, 0, OptionalLong.empty(), OptionalLong.empty());
}
