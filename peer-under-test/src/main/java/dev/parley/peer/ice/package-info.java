/**
 * ICE (RFC 8445) for the reference peer, on ice4j: {@link dev.parley.peer.ice.RTCIceTransport}
 * gathers, checks, keeps consent (RFC 7675), restarts, and splits the selected pair's datagrams
 * by first byte (RFC 7983, {@link dev.parley.peer.ice.PacketClass}) into the
 * {@link dev.parley.peer.ice.PacketTransport}s the layers above use. Under
 * {@link dev.parley.peer.ice.RTCIceGatherPolicy#RELAY} it announces and pairs relay candidates
 * only. ice4j stays behind {@code Ice4jSession}, {@code Ice4jAgent}, {@code Ice4jCandidates},
 * {@code Ice4jServerHarvesters}, {@code RelayBaseHarvester}, {@code CheckCountingStunStack} and
 * {@code Ice4jSetup}; nothing else in Parley touches it.
 */
package dev.parley.peer.ice;
