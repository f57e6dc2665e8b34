package dev.parley.peer.datachannel;

/**
 * SCTP Payload Protocol Identifiers of WebRTC data channels (RFC 8831 section 8, RFC 8832 section 8).
 * Empty messages travel as one byte 0x00 with the EMPTY identifiers, as every browser does.
 */
public enum Ppid {
    DCEP(50),
    STRING(51),
    /** Deprecated partial binary (never sent by current browsers). */
    BINARY_PARTIAL(52),
    BINARY(53),
    /** Deprecated partial string. */
    STRING_PARTIAL(54),
    STRING_EMPTY(56),
    BINARY_EMPTY(57);

    private final int value;

    Ppid(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    /** The PPID, or null for values data channels do not use. */
    public static Ppid of(int value) {
        for (Ppid p : values()) {
            if (p.value == value) {
                return p;
            }
        }
        return null;
    }
}
