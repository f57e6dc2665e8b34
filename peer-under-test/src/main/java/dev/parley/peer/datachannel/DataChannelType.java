package dev.parley.peer.datachannel;

/**
 * The Channel Type of DATA_CHANNEL_OPEN (RFC 8832 section 5.1): reliability kind, with 0x80 meaning
 * unordered. The reliability parameter is ignored for reliable channels, is the maximum number of
 * retransmissions for REXMIT and the lifetime in milliseconds for TIMED.
 */
public enum DataChannelType {
    RELIABLE(0x00),
    RELIABLE_UNORDERED(0x80),
    PARTIAL_RELIABLE_REXMIT(0x01),
    PARTIAL_RELIABLE_REXMIT_UNORDERED(0x81),
    PARTIAL_RELIABLE_TIMED(0x02),
    PARTIAL_RELIABLE_TIMED_UNORDERED(0x82);

    private final int code;

    DataChannelType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean ordered() {
        return (code & 0x80) == 0;
    }

    public boolean limitsRetransmits() {
        return (code & 0x7f) == 0x01;
    }

    public boolean limitsLifetime() {
        return (code & 0x7f) == 0x02;
    }

    public static DataChannelType of(int code) throws DcepParseException {
        for (DataChannelType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new DcepParseException("unknown channel type 0x" + Integer.toHexString(code));
    }

    /** The type for the W3C RTCDataChannelInit reliability fields (at most one of them non-null). */
    public static DataChannelType of(boolean ordered, Integer maxRetransmits, Integer maxPacketLifeTime) {
        if (maxRetransmits != null) {
            return ordered ? PARTIAL_RELIABLE_REXMIT : PARTIAL_RELIABLE_REXMIT_UNORDERED;
        }
        if (maxPacketLifeTime != null) {
            return ordered ? PARTIAL_RELIABLE_TIMED : PARTIAL_RELIABLE_TIMED_UNORDERED;
        }
        return ordered ? RELIABLE : RELIABLE_UNORDERED;
    }
}
