package dev.parley.peer.sctp.association;

/** Association states of RFC 9260 section 4 (figure 3). */
public enum AssociationState {
    CLOSED,
    COOKIE_WAIT,
    COOKIE_ECHOED,
    ESTABLISHED,
    SHUTDOWN_PENDING,
    SHUTDOWN_SENT,
    SHUTDOWN_RECEIVED,
    SHUTDOWN_ACK_SENT;

    public boolean isShuttingDown() {
        return this == SHUTDOWN_PENDING || this == SHUTDOWN_SENT || this == SHUTDOWN_RECEIVED
                || this == SHUTDOWN_ACK_SENT;
    }

    /** States in which user data may be sent and received. */
    public boolean carriesData() {
        return this == ESTABLISHED || this == SHUTDOWN_PENDING || this == SHUTDOWN_RECEIVED
                || this == SHUTDOWN_SENT || this == COOKIE_ECHOED;
    }
}
