package dev.parley.peer.sctp.association;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The State Cookie this end puts in INIT ACK (RFC 9260 section 5.1.3): everything needed to build the
 * TCB from a COOKIE ECHO without keeping state, a creation time for expiry (section 5.1.5 step 3)
 * and an HMAC-SHA256 (truncated to 128 bits) under a per-association secret key (step 2). The tie
 * tags let the COOKIE ECHO be classified as restart, collision or duplicate (section 5.2.4).
 */
record StateCookie(int myTag, int myInitialTsn, int peerTag, int peerInitialTsn, int peerReceiverWindow,
                   int peerOutboundStreams, int peerInboundStreams, int myTieTag, int peerTieTag, long createdAt,
                   Capabilities.Offer peerOffer) {

    private static final int MAGIC = 0x50524c59; // "PRLY"
    private static final int BODY_SIZE = 4 + 4 * 5 + 2 * 2 + 4 * 2 + 8 + 1;
    private static final int MAC_SIZE = 16;
    static final int SIZE = BODY_SIZE + MAC_SIZE;

    /** Outcome of verifying a received cookie. */
    enum Validity { VALID, STALE }

    byte[] serialize(byte[] key) {
        ByteBuffer b = ByteBuffer.allocate(SIZE);
        b.putInt(MAGIC).putInt(myTag).putInt(myInitialTsn).putInt(peerTag).putInt(peerInitialTsn)
                .putInt(peerReceiverWindow).putShort((short) peerOutboundStreams).putShort((short) peerInboundStreams)
                .putInt(myTieTag).putInt(peerTieTag).putLong(createdAt).put(flags(peerOffer));
        b.put(mac(key, b.array(), BODY_SIZE));
        return b.array();
    }

    /** Decodes a cookie whose MAC verified, or returns null for anything that is not our cookie. */
    static StateCookie parse(byte[] data, byte[] key) {
        if (data.length != SIZE) {
            return null;
        }
        byte[] expected = mac(key, data, BODY_SIZE);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(data, BODY_SIZE, SIZE))) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(data);
        if (b.getInt() != MAGIC) {
            return null;
        }
        int myTag = b.getInt();
        int myTsn = b.getInt();
        int peerTag = b.getInt();
        int peerTsn = b.getInt();
        int rwnd = b.getInt();
        int os = b.getShort() & 0xffff;
        int mis = b.getShort() & 0xffff;
        int myTie = b.getInt();
        int peerTie = b.getInt();
        long created = b.getLong();
        int flags = b.get();
        Capabilities.Offer offer = new Capabilities.Offer((flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0,
                (flags & 8) != 0);
        return new StateCookie(myTag, myTsn, peerTag, peerTsn, rwnd, os, mis, myTie, peerTie, created, offer);
    }

    Validity validity(long now, long lifetimeMillis) {
        return now - createdAt > lifetimeMillis || createdAt > now ? Validity.STALE : Validity.VALID;
    }

    private static byte flags(Capabilities.Offer o) {
        return (byte) ((o.partialReliability() ? 1 : 0) | (o.messageInterleaving() ? 2 : 0)
                | (o.reconfiguration() ? 4 : 0) | (o.zeroChecksum() ? 8 : 0));
    }

    private static byte[] mac(byte[] key, byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(data, 0, length);
            return Arrays.copyOf(mac.doFinal(), MAC_SIZE);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }
}
