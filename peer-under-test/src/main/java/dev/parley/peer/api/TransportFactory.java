package dev.parley.peer.api;

import dev.parley.peer.dtls.RTCCertificate;
import java.util.Optional;

/**
 * The seam through which ICE and DTLS plug into RTCPeerConnection. The connection asks for a transport
 * when it applies its first local description; with {@link #NONE} no transport exists, so the
 * connection gathers no candidate, and its gathering and connection states stay "new".
 */
@FunctionalInterface
public interface TransportFactory {

    /** No transport: the API and JSEP work, nothing is sent. */
    TransportFactory NONE = (configuration, certificate, listener) -> Optional.empty();

    /**
     * Creates the one (max-bundle) transport of a connection.
     *
     * @param listener where the transport reports candidates and states, from any thread
     */
    Optional<PeerTransport> create(RTCConfiguration configuration, RTCCertificate certificate,
                                   PeerTransport.Listener listener);
}
