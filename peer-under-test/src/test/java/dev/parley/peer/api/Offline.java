package dev.parley.peer.api;

/**
 * Connections without transports ({@link TransportFactory#NONE}) for tests of the API and JSEP alone: nothing
 * is gathered or sent, and the gathering and connection states stay "new". The real transports are tested
 * in dev.parley.peer.transport, inside the test network.
 */
final class Offline {

    private Offline() {
    }

    static RTCPeerConnection connection() {
        return connection(RTCConfiguration.defaults());
    }

    static RTCPeerConnection connection(RTCConfiguration configuration) {
        return new RTCPeerConnection(configuration, TransportFactory.NONE);
    }
}
