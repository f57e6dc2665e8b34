package dev.parley.peer.api;

import dev.parley.peer.ice.RTCIceTransportState;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.dtls.RTCDtlsTransport;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.ice.IceParameters;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One bundled ICE + DTLS transport as RTCPeerConnection drives it. Implemented by the transport layer;
 * every call comes from the connection's operations thread.
 */
public interface PeerTransport {

    /**
     * Starts (or, with new credentials after an ICE restart, restarts) gathering local candidates, with the ICE
     * servers and iceTransportPolicy of {@code configuration}, the one in effect now (JSEP section 3.5.3: a
     * changed configuration takes effect at the next gathering).
     */
    void startGathering(IceParameters localIce, RTCConfiguration configuration);

    /**
     * The remote side is known: its ICE credentials and certificate fingerprints, the ICE role (the offerer
     * controls, RFC 8445 section 6.1.1) and the DTLS role (RFC 8842 section 5.3: the answerer's a=setup
     * decides). Called again with new remote credentials after an ICE restart.
     */
    void start(IceParameters remoteIce, List<RTCDtlsFingerprint> remoteFingerprints, boolean iceControlling,
               boolean dtlsClient);

    /**
     * A remote candidate (candidate-attribute value without "a=", with the {@code ufrag} of its ICE generation);
     * an empty string ends the remote candidates.
     *
     * @throws IllegalArgumentException for a line the ICE agent cannot use (addIceCandidate's OperationError)
     */
    void addRemoteCandidate(String candidate);

    /**
     * Sends one SCTP packet as DTLS application data (RFC 8261).
     *
     * @throws IOException unless DTLS is connected, or for a packet larger than a DTLS record takes
     */
    void sendApplicationData(byte[] packet) throws IOException;

    /**
     * The DTLS transport SCTP runs over, for the W3C RTCSctpTransport.transport attribute; empty by default.
     */
    default Optional<RTCDtlsTransport> dtlsTransport() {
        return Optional.empty();
    }

    /**
     * The transport's stats objects (RTCTransportStats, candidate pairs, candidates, certificates) as
     * RTCStatsReport dictionaries; none by default.
     */
    default List<Map<String, Object>> stats(long nowMillis) {
        return List.of();
    }

    void close();

    /** What the transport reports; calls may come from any thread. */
    interface Listener {

        /**
         * A gathered local candidate, as a candidate-attribute value ({@code candidate:...}).
         *
         * @param serverUrl the STUN or TURN server a srflx or relay candidate came from, else null
         */
        void onLocalCandidate(String candidate, String serverUrl);

        /** A gathered host candidate. */
        default void onLocalCandidate(String candidate) {
            onLocalCandidate(candidate, null);
        }

        /** Gathering finished for the current credentials. */
        void onGatheringComplete();

        void onIceTransportStateChange(RTCIceTransportState state);

        void onDtlsTransportStateChange(RTCDtlsTransportState state);

        /** One SCTP packet received as DTLS application data, after DTLS reported connected. */
        default void onApplicationData(byte[] packet) {
        }
    }
}
