package dev.parley.peer.api;

import dev.parley.peer.ice.RTCIceTransportState;
import dev.parley.peer.dtls.RTCDtlsTransportState;

/**
 * iceConnectionState (webrtc-pc section 4.3.4) and connectionState (section 4.3.3) derived from the states
 * of the connection's one ICE transport and one DTLS transport, in one place.
 */
record ConnectionStates(RTCIceConnectionState ice, RTCPeerConnectionState connection) {

    static final ConnectionStates INITIAL = new ConnectionStates(RTCIceConnectionState.NEW,
            RTCPeerConnectionState.NEW);

    static ConnectionStates compute(boolean closed, RTCIceTransportState ice, RTCDtlsTransportState dtls) {
        if (closed) {
            return new ConnectionStates(RTCIceConnectionState.CLOSED, RTCPeerConnectionState.CLOSED);
        }
        RTCIceConnectionState iceState = RTCIceConnectionState.fromSpec(ice.specName());
        RTCPeerConnectionState state;
        if (ice == RTCIceTransportState.FAILED || dtls == RTCDtlsTransportState.FAILED) {
            state = RTCPeerConnectionState.FAILED;
        } else if (ice == RTCIceTransportState.DISCONNECTED) {
            state = RTCPeerConnectionState.DISCONNECTED;
        } else if ((ice == RTCIceTransportState.NEW || ice == RTCIceTransportState.CLOSED)
                && (dtls == RTCDtlsTransportState.NEW || dtls == RTCDtlsTransportState.CLOSED)) {
            state = RTCPeerConnectionState.NEW;
        } else if ((ice == RTCIceTransportState.CONNECTED || ice == RTCIceTransportState.COMPLETED)
                && dtls == RTCDtlsTransportState.CONNECTED) {
            state = RTCPeerConnectionState.CONNECTED;
        } else {
            state = RTCPeerConnectionState.CONNECTING;
        }
        return new ConnectionStates(iceState, state);
    }
}
