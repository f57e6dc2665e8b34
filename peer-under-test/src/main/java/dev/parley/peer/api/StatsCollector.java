package dev.parley.peer.api;

import dev.parley.peer.datachannel.DataChannelCounters;
import dev.parley.peer.datachannel.RTCDataChannel;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the RTCStatsReport of a connection from what exists without transports (W3C webrtc-stats):
 * RTCPeerConnectionStats, RTCCertificateStats, RTCDataChannelStats and RTCMediaSourceStats. Transport,
 * candidate and certificate stats come from the transport ({@link PeerTransport#stats}).
 */
final class StatsCollector {

    /** What the connection counts for RTCPeerConnectionStats. */
    record Counts(int dataChannelsOpened, int dataChannelsClosed) {
    }

    private StatsCollector() {
    }

    /** @param transportStats the transport's own dictionaries ({@link PeerTransport#stats}), added as they are */
    static RTCStatsReport collect(double timestamp, Counts counts, RTCCertificate certificate,
                                  List<RTCDataChannel> channels, List<RTCRtpTransceiver> transceivers,
                                  List<Map<String, Object>> transportStats) {
        Map<String, Map<String, Object>> report = new LinkedHashMap<>();
        Map<String, Object> pc = base("P", "peer-connection", timestamp);
        pc.put("dataChannelsOpened", counts.dataChannelsOpened());
        pc.put("dataChannelsClosed", counts.dataChannelsClosed());
        report.put("P", pc);
        RTCDtlsFingerprint fp = certificate.getFingerprints().get(0);
        String certId = "CF" + fp.value();
        Map<String, Object> cert = base(certId, "certificate", timestamp);
        cert.put("fingerprint", fp.value());
        cert.put("fingerprintAlgorithm", fp.algorithm());
        cert.put("base64Certificate", Base64.getEncoder().encodeToString(certificate.getDerEncoded()));
        report.put(certId, cert);
        for (RTCDataChannel channel : channels) {
            String id = "D" + channel.handle();
            Map<String, Object> dc = base(id, "data-channel", timestamp);
            dc.put("label", channel.label());
            dc.put("protocol", channel.protocol());
            if (channel.id() != null) {
                dc.put("dataChannelIdentifier", channel.id());
            }
            dc.put("state", channel.readyState().spec());
            DataChannelCounters counters = channel.counters();
            dc.put("messagesSent", counters.messagesSent());
            dc.put("bytesSent", counters.bytesSent());
            dc.put("messagesReceived", counters.messagesReceived());
            dc.put("bytesReceived", counters.bytesReceived());
            report.put(id, dc);
        }
        for (RTCRtpTransceiver t : transceivers) {
            MediaStreamTrack track = t.sender().track();
            if (track != null) {
                String id = "S" + track.id();
                Map<String, Object> source = base(id, "media-source", timestamp);
                source.put("trackIdentifier", track.id());
                source.put("kind", track.kind());
                report.putIfAbsent(id, source);
            }
        }
        for (Map<String, Object> stats : transportStats) {
            report.put(String.valueOf(stats.get("id")), stats);
        }
        return new RTCStatsReport(report);
    }

    private static Map<String, Object> base(String id, String type, double timestamp) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", id);
        s.put("type", type);
        s.put("timestamp", timestamp);
        return s;
    }
}
