/**
 * The transport half of getStats() (W3C webrtc-stats): RTCTransportStats,
 * RTCIceCandidatePairStats, RTCIceCandidateStats and RTCCertificateStats as small records that
 * turn into the maps an RTCStatsReport holds, with the spec's member names, and
 * {@link dev.parley.peer.stats.TransportStatsCollector}, which builds them from an
 * {@link dev.parley.peer.ice.RTCIceTransport} and its {@link dev.parley.peer.dtls.RTCDtlsTransport}.
 * Members this peer cannot know are left out, as the spec asks, rather than reported as zero.
 */
package dev.parley.peer.stats;
