package dev.parley.peer.dtls;

/**
 * Events of an {@link RTCDtlsTransport}, all delivered in order on the transport's event thread:
 * {@code connected} before any application data, an {@code error} just before the statechange to
 * {@code failed} (the W3C order), and nothing after {@code closed} or {@code failed}.
 */
public interface RTCDtlsTransportListener {

    /** The W3C {@code statechange} event. */
    default void onStateChange(RTCDtlsTransportState state) {
    }

    /** The W3C {@code error} event. */
    default void onError(DtlsError error) {
    }

    /** One decrypted application-data record (an SCTP packet), owned by the receiver. */
    default void onApplicationData(byte[] data) {
    }
}
