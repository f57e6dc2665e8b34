/**
 * The real transports behind RTCPeerConnection's {@link dev.parley.peer.api.TransportFactory} seam: one
 * {@link dev.parley.peer.ice.RTCIceTransport} (ice4j) with one {@link dev.parley.peer.dtls.RTCDtlsTransport}
 * (BouncyCastle) over it, per connection (max-bundle), started the way JSEP says.
 */
package dev.parley.peer.transport;
