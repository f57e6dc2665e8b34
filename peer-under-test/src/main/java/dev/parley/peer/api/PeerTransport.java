package dev.parley.peer.api;

import dev.parley.peer.ice.RTCIceTransportState;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.ice.IceParameters;
import java.util.List;

/**
 * One bundled ICE + DTLS transport as RTCPeerConnection drives it. Implemented by the transport layer;
 * every call comes from the connection's operations thread.
 */
public interface PeerTransport {

    /** Starts (or, with new credentials after an ICE restart, restarts) gathering local candidates. */
    void startGathering(IceParameters localIce);

    /**
     * The remote side is known: its ICE credentials and certificate fingerprints, and the DTLS role this
     * side takes (RFC 8842 section 5.3: the answerer's a=setup decides).
     */
    void start(IceParameters remoteIce, List<RTCDtlsFingerprint> remoteFingerprints, boolean dtlsClient);

    /** A remote candidate (candidate-attribute value without "a="); an empty string ends the remote candidates. */
    void addRemoteCandidate(String candidate);

    void close();

    /** What the transport reports; calls may come from any thread. */
    interface Listener {

        /** A gathered local candidate, as a candidate-attribute value ({@code candidate:...}). */
        void onLocalCandidate(String candidate);

        /** Gathering finished for the current credentials. */
        void onGatheringComplete();

        void onIceTransportStateChange(RTCIceTransportState state);

        void onDtlsTransportStateChange(RTCDtlsTransportState state);
    }
}
