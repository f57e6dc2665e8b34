package dev.parley.peer.dtls;

/** W3C RTCDtlsTransportState, with the spec's strings. */
public enum RTCDtlsTransportState {
    NEW("new"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    CLOSED("closed"),
    FAILED("failed");

    private final String specName;

    RTCDtlsTransportState(String specName) {
        this.specName = specName;
    }

    /** The string the W3C spec and browsers use. */
    public String specName() {
        return specName;
    }

    /**
     * The transitions the W3C spec allows: {@code new -> start -> connecting},
     * {@code connecting -> handshake done -> connected}, any live state {@code -> close() or
     * close_notify -> closed}, any live state {@code -> fatal alert or fingerprint mismatch -> failed}.
     */
    public boolean canTransitionTo(RTCDtlsTransportState next) {
        return switch (this) {
            case NEW -> next == CONNECTING || next == CLOSED || next == FAILED;
            case CONNECTING -> next == CONNECTED || next == CLOSED || next == FAILED;
            case CONNECTED -> next == CLOSED || next == FAILED;
            case CLOSED, FAILED -> false;
        };
    }

    /** True for the states nothing leaves. */
    public boolean isTerminal() {
        return this == CLOSED || this == FAILED;
    }

    @Override
    public String toString() {
        return specName;
    }
}
