package dev.parley.peer.sctp.association;

/** Result of {@link SctpAssociation#send}. */
public enum SendStatus {
    /** Queued; it will go out when the association, cwnd and the peer's window allow. */
    QUEUED,
    /** Larger than SctpOptions.maxMessageSize, or than the send buffer can take at once. */
    MESSAGE_TOO_LARGE,
    /** The send buffer is full (see SctpOptions.maxSendBufferBytes). */
    BUFFER_FULL,
    /** The stream id is not below the negotiated number of outbound streams. */
    INVALID_STREAM,
    /** The message is empty; SCTP cannot carry empty user messages (RFC 9260 section 6.2). */
    EMPTY_MESSAGE,
    /** The stream is being reset, or the association is shutting down or closed. */
    NOT_ACCEPTING
}
