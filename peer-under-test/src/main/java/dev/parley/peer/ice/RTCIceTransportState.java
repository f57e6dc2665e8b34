package dev.parley.peer.ice;

/** W3C RTCIceTransportState, with the spec's strings. */
public enum RTCIceTransportState {
    NEW("new"),
    CHECKING("checking"),
    CONNECTED("connected"),
    COMPLETED("completed"),
    DISCONNECTED("disconnected"),
    FAILED("failed"),
    CLOSED("closed");

    private final String specName;

    RTCIceTransportState(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    /** True while a pair carries data (connected or completed). */
    public boolean isConnected() {
        return this == CONNECTED || this == COMPLETED;
    }

    /**
     * The transitions this transport makes:
     * {@code new -> start -> checking}, {@code checking -> pair selected -> connected},
     * {@code connected -> end-of-candidates and gathering complete -> completed},
     * {@code connected|completed -> consent lapsing -> disconnected},
     * {@code disconnected -> consent back -> connected|completed},
     * {@code checking|disconnected -> checks failed or consent expired -> failed},
     * {@code failed|any live state -> restart -> checking} (the old pair, if any, keeps the state until the new one is chosen),
     * anything {@code -> stop() -> closed}.
     */
    public boolean canTransitionTo(RTCIceTransportState next) {
        if (next == this) {
            return false;
        }
        return switch (this) {
            case NEW -> next == CHECKING || next == CLOSED;
            case CHECKING -> next == CONNECTED || next == COMPLETED || next == FAILED || next == CLOSED;
            case CONNECTED -> next == COMPLETED || next == DISCONNECTED || next == FAILED || next == CHECKING || next == CLOSED;
            case COMPLETED -> next == CONNECTED || next == DISCONNECTED || next == FAILED || next == CHECKING || next == CLOSED;
            case DISCONNECTED -> next == CONNECTED || next == COMPLETED || next == FAILED || next == CHECKING || next == CLOSED;
            case FAILED -> next == CHECKING || next == CLOSED;
            case CLOSED -> false;
        };
    }

    @Override
    public String toString() {
        return specName;
    }
}
