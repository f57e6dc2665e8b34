package dev.parley.peer.sctp.packet;

/**
 * The one exception every SCTP parser throws for malformed input (truncated fields, bad lengths,
 * wrong checksum). Checked, so callers cannot forget that wire bytes are untrusted.
 */
public final class SctpParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public SctpParseException(String message) {
        super(message);
    }
}
