package dev.parley.peer.ice;

/**
 * What a datagram on the ICE 5-tuple carries, by its first byte (RFC 7983 section 7, with
 * RFC 9443's widening of DTLS to 20-63 so DTLS 1.3 unified headers, 0x2e/0x2f, count as DTLS):
 * <pre>
 *                  +----------------+
 *                  |        [0..3] -+--&gt; STUN
 *                  |       [16..19] -+--&gt; ZRTP
 *  packet --&gt;      |       [20..63] -+--&gt; DTLS
 *                  |       [64..79] -+--&gt; TURN Channel
 *                  |     [128..191] -+--&gt; RTP/RTCP
 *                  +----------------+
 * </pre>
 */
public enum PacketClass {
    STUN,
    ZRTP,
    DTLS,
    TURN_CHANNEL,
    RTP_RTCP,
    UNKNOWN;

    /** Classifies by the first byte; an empty datagram is UNKNOWN. */
    public static PacketClass of(byte[] datagram, int offset, int length) {
        if (length < 1) {
            return UNKNOWN;
        }
        int first = datagram[offset] & 0xff;
        if (first <= 3) {
            return STUN;
        }
        if (first >= 16 && first <= 19) {
            return ZRTP;
        }
        if (first >= 20 && first <= 63) {
            return DTLS;
        }
        if (first >= 64 && first <= 79) {
            return TURN_CHANNEL;
        }
        if (first >= 128 && first <= 191) {
            return RTP_RTCP;
        }
        return UNKNOWN;
    }
}
