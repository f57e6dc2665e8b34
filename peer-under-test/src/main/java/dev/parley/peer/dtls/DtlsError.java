package dev.parley.peer.dtls;

import java.util.OptionalInt;

/**
 * What the W3C RTCErrorEvent carries when a DTLS transport fails: the RTCErrorDetailType
 * ({@code "dtls-failure"} or {@code "fingerprint-failure"}) and the TLS alert received or sent,
 * if any (RTCError.receivedAlert / sentAlert).
 */
public record DtlsError(String errorDetail, OptionalInt receivedAlert, OptionalInt sentAlert, String message) {

    public static final String DTLS_FAILURE = "dtls-failure";
    public static final String FINGERPRINT_FAILURE = "fingerprint-failure";
}
