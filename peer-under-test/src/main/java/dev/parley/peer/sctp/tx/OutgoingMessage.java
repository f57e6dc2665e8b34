package dev.parley.peer.sctp.tx;

/**
 * A user message queued for sending, with its partial-reliability limits (RFC 3758 section 4:
 * a retransmission count or a lifetime) and its fragmentation progress.
 */
public final class OutgoingMessage {
    public static final int UNLIMITED_RETRANSMITS = -1;

    private final int streamId;
    private final int ppid;
    private final byte[] payload;
    private final boolean unordered;
    private final int maxRetransmits;
    private final long expiresAt;
    int offset;
    int nextFsn;
    int messageId;
    boolean started;
    boolean abandoned;

    /**
     * @param maxRetransmits {@link #UNLIMITED_RETRANSMITS} for reliable
     * @param expiresAt absolute time after which the message is abandoned, or Long.MAX_VALUE
     */
    public OutgoingMessage(int streamId, int ppid, byte[] payload, boolean unordered, int maxRetransmits,
                           long expiresAt) {
        this.streamId = streamId;
        this.ppid = ppid;
        this.payload = payload;
        this.unordered = unordered;
        this.maxRetransmits = maxRetransmits;
        this.expiresAt = expiresAt;
    }

    public int streamId() {
        return streamId;
    }

    public int ppid() {
        return ppid;
    }

    public int length() {
        return payload.length;
    }

    byte[] payload() {
        return payload;
    }

    public boolean unordered() {
        return unordered;
    }

    public boolean isPartiallyReliable() {
        return maxRetransmits != UNLIMITED_RETRANSMITS || expiresAt != Long.MAX_VALUE;
    }

    /** Whether a chunk of this message that was sent {@code transmissions} times should be abandoned. */
    public boolean shouldAbandon(int transmissions, long now) {
        return (maxRetransmits != UNLIMITED_RETRANSMITS && transmissions > maxRetransmits) || now >= expiresAt;
    }

    public boolean isExpired(long now) {
        return now >= expiresAt;
    }

    /** SSN (DATA) or MID (I-DATA), assigned with the first fragment. */
    public int messageId() {
        return messageId;
    }

    public boolean isAbandoned() {
        return abandoned;
    }

    int remaining() {
        return payload.length - offset;
    }
}
