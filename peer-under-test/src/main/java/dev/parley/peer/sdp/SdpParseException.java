package dev.parley.peer.sdp;

/** An SDP text that does not follow the RFC 8866 grammar (or a grammar of an attribute this peer reads). */
public class SdpParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    public SdpParseException(int lineNumber, String message) {
        super(lineNumber > 0 ? "line " + lineNumber + ": " + message : message);
        this.lineNumber = lineNumber;
    }

    /** The 1-based line of the offending text, or 0 when the error is not tied to one line. */
    public int lineNumber() {
        return lineNumber;
    }
}
