package dev.parley.peer.api;

import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.ice.RTCIceTransportState;

/**
 * iceConnectionState (webrtc-pc section 4.3.4) and connectionState (section 4.3.3) derived from the states
 * of the connection's one ICE transport and one DTLS transport, in one place. Each rule is the spec's,
 * first match wins, read for a connection with exactly one transport of each kind.
 */
record ConnectionStates(RTCIceConnectionState ice, RTCPeerConnectionState connection) {

    static final ConnectionStates INITIAL = new ConnectionStates(RTCIceConnectionState.NEW,
            RTCPeerConnectionState.NEW);

    static ConnectionStates compute(boolean closed, RTCIceTransportState ice, RTCDtlsTransportState dtls) {
        if (closed) {
            // "closed: [[IsClosed]] is true."
            return new ConnectionStates(RTCIceConnectionState.CLOSED, RTCPeerConnectionState.CLOSED);
        }
        return new ConnectionStates(iceConnectionState(ice), connectionState(ice, dtls));
    }

    /** Section 4.3.4 RTCIceConnectionState. */
    private static RTCIceConnectionState iceConnectionState(RTCIceTransportState ice) {
        return switch (ice) {
            // "failed: ... any RTCIceTransports are in the failed state."
            case FAILED -> RTCIceConnectionState.FAILED;
            // "disconnected: ... any RTCIceTransports are in the disconnected state."
            case DISCONNECTED -> RTCIceConnectionState.DISCONNECTED;
            // "new: ... all RTCIceTransports are in the new or closed state, or there are no transports."
            case NEW, CLOSED -> RTCIceConnectionState.NEW;
            // "checking: ... all RTCIceTransports are in the new or checking state."
            case CHECKING -> RTCIceConnectionState.CHECKING;
            // "completed: ... all RTCIceTransports are in the completed or closed state."
            case COMPLETED -> RTCIceConnectionState.COMPLETED;
            // "connected: ... all RTCIceTransports are in the connected, completed or closed state."
            case CONNECTED -> RTCIceConnectionState.CONNECTED;
        };
    }

    /** Section 4.3.3 RTCPeerConnectionState. */
    private static RTCPeerConnectionState connectionState(RTCIceTransportState ice, RTCDtlsTransportState dtls) {
        // "failed: ... any RTCIceTransports or RTCDtlsTransports are in a failed state."
        if (ice == RTCIceTransportState.FAILED || dtls == RTCDtlsTransportState.FAILED) {
            return RTCPeerConnectionState.FAILED;
        }
        // "disconnected: ... any RTCIceTransports are in the disconnected state."
        if (ice == RTCIceTransportState.DISCONNECTED) {
            return RTCPeerConnectionState.DISCONNECTED;
        }
        // "new: ... all RTCIceTransports are in the new or closed state, and all RTCDtlsTransports are in
        // the new or closed state, or there are no transports."
        boolean iceNew = ice == RTCIceTransportState.NEW || ice == RTCIceTransportState.CLOSED;
        boolean dtlsNew = dtls == RTCDtlsTransportState.NEW || dtls == RTCDtlsTransportState.CLOSED;
        if (iceNew && dtlsNew) {
            return RTCPeerConnectionState.NEW;
        }
        // "connected: ... all RTCIceTransports are in the connected, completed or closed state, and all
        // RTCDtlsTransports are in the connected or closed state."
        boolean iceUp = ice == RTCIceTransportState.CONNECTED || ice == RTCIceTransportState.COMPLETED
                || ice == RTCIceTransportState.CLOSED;
        boolean dtlsUp = dtls == RTCDtlsTransportState.CONNECTED || dtls == RTCDtlsTransportState.CLOSED;
        if (iceUp && dtlsUp) {
            return RTCPeerConnectionState.CONNECTED;
        }
        // "connecting: None of the previous states apply."
        return RTCPeerConnectionState.CONNECTING;
    }
}
