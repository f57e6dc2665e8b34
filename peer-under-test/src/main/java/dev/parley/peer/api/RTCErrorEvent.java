package dev.parley.peer.api;

/**
 * W3C webrtc-pc section 12.2 RTCErrorEvent: the "error" event of an RTCDataChannel, with an errorDetail such
 * as {@code sctp-failure} (the association ended under the channel) or {@code data-channel-failure}.
 */
public class RTCErrorEvent extends Event {
    private final String errorDetail;
    private final String message;

    public RTCErrorEvent(String errorDetail, String message) {
        super("error");
        this.errorDetail = errorDetail;
        this.message = message;
    }

    /** The RTCError's errorDetail. */
    public String errorDetail() {
        return errorDetail;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return "error(" + errorDetail + ": " + message + ")";
    }
}
