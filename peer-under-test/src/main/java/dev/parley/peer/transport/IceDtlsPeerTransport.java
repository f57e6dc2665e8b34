package dev.parley.peer.transport;

import dev.parley.peer.api.PeerTransport;
import dev.parley.peer.api.RTCConfiguration;
import dev.parley.peer.dtls.DtlsSettings;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.dtls.RTCDtlsRole;
import dev.parley.peer.dtls.RTCDtlsTransport;
import dev.parley.peer.ice.IceCandidateInfo;
import dev.parley.peer.ice.IceParameters;
import dev.parley.peer.ice.IceSettings;
import dev.parley.peer.ice.RTCIceRole;
import dev.parley.peer.ice.RTCIceTransport;
import dev.parley.peer.stats.TransportStatsCollector;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bundled transport of an RTCPeerConnection: an {@link RTCIceTransport} and the {@link RTCDtlsTransport}
 * over it, created together so that DTLS listens from the start and keeps an early ClientHello. ICE gathers
 * with each new set of local credentials (a new set is an ICE restart) and checks with each new set of remote
 * ones; DTLS starts once, when ICE first reports checking after {@link #start}, and survives ICE restarts.
 *
 * <p>Every call comes from the connection's operations thread; the transports report on their own event
 * threads through {@link TransportReports}.
 */
final class IceDtlsPeerTransport implements PeerTransport {

    private static final Logger LOG = LoggerFactory.getLogger(IceDtlsPeerTransport.class);

    /** The RTCTransportStats id: a connection has one (max-bundle) transport. */
    private static final String TRANSPORT_ID = "T01";

    private final RTCIceTransport ice;
    private final RTCDtlsTransport dtls;
    private final TransportReports reports;
    private boolean dtlsStarted;

    IceDtlsPeerTransport(IceSettings iceSettings, DtlsSettings dtlsSettings, RTCCertificate certificate,
                         Listener listener) {
        this.ice = new RTCIceTransport(iceSettings);
        this.dtls = new RTCDtlsTransport(ice, List.of(certificate), dtlsSettings);
        this.reports = new TransportReports(ice, listener);
        ice.addListener(reports);
        dtls.addListener(reports);
    }

    /** Gathering with new credentials after the first is the ICE restart (RFC 8445 section 9). */
    @Override
    public void startGathering(IceParameters localIce, RTCConfiguration configuration) {
        logFailure("gather", ice.gather(localIce, IceServers.of(configuration),
                IceServers.gatherPolicy(configuration)));
    }

    @Override
    public void start(IceParameters remoteIce, List<RTCDtlsFingerprint> remoteFingerprints, boolean iceControlling,
                      boolean dtlsClient) {
        if (!dtlsStarted) {
            dtlsStarted = true;
            RTCDtlsRole role = dtlsClient ? RTCDtlsRole.CLIENT : RTCDtlsRole.SERVER;
            reports.onceChecking(() -> dtls.start(role, remoteFingerprints));
        }
        logFailure("start", ice.start(remoteIce, iceControlling ? RTCIceRole.CONTROLLING : RTCIceRole.CONTROLLED));
    }

    /**
     * An empty line is end-of-candidates.
     *
     * @throws IllegalArgumentException for a line the ICE transport cannot use (IceCandidateInfo.parse)
     */
    @Override
    public void addRemoteCandidate(String candidate) {
        if (candidate.isEmpty()) {
            logFailure("addRemoteEndOfCandidates", ice.addRemoteEndOfCandidates());
        } else {
            logFailure("addRemoteCandidate", ice.addRemoteCandidate(IceCandidateInfo.parse(candidate)));
        }
    }

    @Override
    public void sendApplicationData(byte[] packet) throws IOException {
        dtls.send(packet);
    }

    @Override
    public Optional<RTCDtlsTransport> dtlsTransport() {
        return Optional.of(dtls);
    }

    @Override
    public List<Map<String, Object>> stats(long nowMillis) {
        return TransportStatsCollector.collect(TRANSPORT_ID, ice, dtls, nowMillis);
    }

    /** Listeners go first: pc.close() fires no statechange, and the closed ones must not reach it. */
    @Override
    public void close() {
        reports.detach();
        ice.removeListener(reports);
        dtls.removeListener(reports);
        dtls.close();
        ice.close();
    }

    private static void logFailure(String what, CompletableFuture<Void> future) {
        future.whenComplete((ok, e) -> {
            if (e != null) {
                LOG.warn("ICE {} failed", what, e);
            }
        });
    }

    @Override
    public String toString() {
        return "IceDtlsPeerTransport[" + ice + ", " + dtls + "]";
    }
}
