package dev.parley.peer.datachannel;

/** W3C webrtc-pc section 6.1.2 RTCSctpTransportState, with the spec's strings. */
public enum RTCSctpTransportState {
    /** The SCTP association is being negotiated (from the answer until it is up). */
    CONNECTING("connecting"),
    /** The association is up: channels can open. */
    CONNECTED("connected"),
    /** The association ended: closed by either side, aborted, or its DTLS transport closed or failed. */
    CLOSED("closed");

    private final String spec;

    RTCSctpTransportState(String spec) {
        this.spec = spec;
    }

    public String spec() {
        return spec;
    }

    @Override
    public String toString() {
        return spec;
    }
}
