package dev.parley.peer.datachannel;

/** The one exception DCEP parsers throw for malformed messages (RFC 8832). */
public final class DcepParseException extends Exception {
    private static final long serialVersionUID = 1L;

    public DcepParseException(String message) {
        super(message);
    }
}
