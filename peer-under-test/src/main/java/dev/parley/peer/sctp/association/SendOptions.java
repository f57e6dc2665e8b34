package dev.parley.peer.sctp.association;

/**
 * Per-message sending options: unordered delivery (RFC 9260 section 6.6) and partial reliability
 * (RFC 3758): at most {@code maxRetransmits} retransmissions, or abandoned {@code lifetimeMillis}
 * after send(). Null limits mean reliable.
 */
public record SendOptions(boolean unordered, Integer maxRetransmits, Long lifetimeMillis) {
    public static final SendOptions RELIABLE_ORDERED = new SendOptions(false, null, null);

    public SendOptions {
        if (maxRetransmits != null && maxRetransmits < 0) {
            throw new IllegalArgumentException("maxRetransmits must not be negative");
        }
        if (lifetimeMillis != null && lifetimeMillis < 0) {
            throw new IllegalArgumentException("lifetime must not be negative");
        }
    }
}
