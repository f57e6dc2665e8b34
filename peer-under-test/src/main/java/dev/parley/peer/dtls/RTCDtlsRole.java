package dev.parley.peer.dtls;

/**
 * W3C RTCDtlsRole (as in RTCTransportStats.dtlsRole): which side of the DTLS handshake this peer
 * plays. The SDP {@code a=setup} attribute decides it (RFC 8842 section 5).
 */
public enum RTCDtlsRole {
    CLIENT("client"),
    SERVER("server");

    private final String specName;

    RTCDtlsRole(String specName) {
        this.specName = specName;
    }

    /**
     * The role for this peer's own negotiated {@code a=setup} value: {@code active} sends the
     * ClientHello, {@code passive} waits for it. {@code actpass} is only an offer and must be
     * resolved by the answer first.
     *
     * @throws IllegalArgumentException for anything but {@code active} or {@code passive}
     */
    public static RTCDtlsRole forLocalSetup(String setup) {
        return switch (setup) {
            case "active" -> CLIENT;
            case "passive" -> SERVER;
            default -> throw new IllegalArgumentException("a=setup:" + setup + " does not decide a DTLS role");
        };
    }

    public String specName() {
        return specName;
    }

    @Override
    public String toString() {
        return specName;
    }
}
