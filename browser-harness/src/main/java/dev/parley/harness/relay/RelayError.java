package dev.parley.harness.relay;

/**
 * The codes of the relay's {@code {"type":"error"}} replies. The wire string is {@link #code()}.
 */
public enum RelayError {
    /** The text frame is not JSON. */
    MALFORMED_JSON("malformed-json"),
    /** The JSON is not an object, or lacks a required field, or a field has the wrong JSON type. */
    INVALID_MESSAGE("invalid-message"),
    /** The "type" names no message the relay knows. */
    UNKNOWN_TYPE("unknown-type"),
    /** The message is longer than the relay's limit (1 MiB of UTF-8 by default). */
    TOO_LARGE("too-large"),
    /** The message names a room the sender has not joined on this connection. */
    NOT_JOINED("not-joined"),
    /** A join for a room this connection has already joined. */
    ALREADY_JOINED("already-joined"),
    /** A join with a peer name another connection already uses in that room. */
    PEER_NAME_TAKEN("peer-name-taken"),
    /** A message addressed with "to" to a peer that is not in the room. */
    UNKNOWN_PEER("unknown-peer"),
    /** A binary frame: the relay speaks JSON text frames only. */
    BINARY_NOT_SUPPORTED("binary-not-supported");

    private final String code;

    RelayError(String code) {
        this.code = code;
    }

    /** The string sent in the "code" field. */
    public String code() {
        return code;
    }
}
