/**
 * The W3C RTCPeerConnection object model (webrtc-pc): one class per interface, enum and dictionary, named
 * as in the spec; enums carry the spec strings; every error is a {@link dev.parley.peer.api.DOMException}
 * with the spec's name. Promises are CompletableFutures settled on the connection's event thread after the
 * events their operation fired. Transports plug in through {@link dev.parley.peer.api.TransportFactory}.
 */
package dev.parley.peer.api;
