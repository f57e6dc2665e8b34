package dev.parley.peer.api;

/**
 * W3C webrtc-pc section 12.1 RTCError: an OperationError with an errorDetail such as
 * {@code sdp-syntax-error}, and the SDP line at fault when there is one.
 */
public class RTCError extends DOMException {
    private static final long serialVersionUID = 1L;


    private final String errorDetail;
    private final Integer sdpLineNumber;

    public RTCError(String errorDetail, String message, Integer sdpLineNumber) {
        super(OPERATION, message);
        this.errorDetail = errorDetail;
        this.sdpLineNumber = sdpLineNumber;
    }

    public static RTCError sdpSyntax(String message, int line) {
        return new RTCError("sdp-syntax-error", message, line > 0 ? line : null);
    }

    public String errorDetail() {
        return errorDetail;
    }

    /** The 1-based SDP line for sdp-syntax-error, or null. */
    public Integer sdpLineNumber() {
        return sdpLineNumber;
    }
}
