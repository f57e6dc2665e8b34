/**
 * WebRTC data channels: the W3C {@code RTCDataChannel} and, beneath it, the sans-I/O channel layer
 * {@link dev.parley.peer.datachannel.DataChannelEndpoint} over one SCTP association: DCEP (RFC 8832,
 * {@link dev.parley.peer.datachannel.DcepOpenMessage} / {@link dev.parley.peer.datachannel.DcepAckMessage}),
 * PPIDs ({@link dev.parley.peer.datachannel.Ppid}), channel types, stream ids by DTLS role and closing by
 * stream reset (RFC 8831); and the W3C {@code RTCSctpTransport}, the thin driver that runs the endpoint on one
 * scheduled executor per connection over a DTLS transport ({@code SctpDriver}).
 */
package dev.parley.peer.datachannel;
