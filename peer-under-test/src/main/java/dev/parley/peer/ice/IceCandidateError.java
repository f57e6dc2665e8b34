package dev.parley.peer.ice;

import java.util.Optional;

/**
 * W3C RTCPeerConnectionIceErrorEvent: a STUN or TURN server gave an error or no answer.
 *
 * @param address the local address the request went from, if any (IP literal)
 * @param port its port
 * @param url the server URL as configured
 * @param errorCode the STUN error code, or 701 when the server could not be reached (W3C)
 * @param errorText the reason phrase, or what went wrong
 */
public record IceCandidateError(Optional<String> address, Optional<Integer> port, String url, int errorCode, String errorText) {

    /** W3C: "the server could not be reached", outside the STUN error code range. */
    public static final int SERVER_UNREACHABLE = 701;
}
