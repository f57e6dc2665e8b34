package dev.parley.peer.transport;

import dev.parley.peer.api.PeerTransport;
import dev.parley.peer.dtls.RTCDtlsTransportListener;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.ice.IceCandidateInfo;
import dev.parley.peer.ice.RTCIceTransport;
import dev.parley.peer.ice.RTCIceTransportListener;
import dev.parley.peer.ice.RTCIceTransportState;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the ICE and DTLS transports report, passed on to RTCPeerConnection: local candidates as candidate
 * lines with the server each came from, the end of gathering, both transports' states, and DTLS application
 * data (SCTP packets). Nothing passes once detached.
 */
final class TransportReports implements RTCIceTransportListener, RTCDtlsTransportListener {

    private static final Logger LOG = LoggerFactory.getLogger(TransportReports.class);

    private final RTCIceTransport ice;
    private final PeerTransport.Listener listener;
    private final AtomicReference<Runnable> afterFirstIceState = new AtomicReference<>();
    private volatile boolean detached;

    TransportReports(RTCIceTransport ice, PeerTransport.Listener listener) {
        this.ice = ice;
        this.listener = listener;
    }

    void detach() {
        detached = true;
    }

    /**
     * Runs {@code task} (the DTLS start) right after the ICE transport's first state change has been passed on,
     * so the connection sees ICE checking before DTLS connecting, as when the spec derives both states from
     * the ICE change. Set before ICE starts.
     */
    void onceChecking(Runnable task) {
        afterFirstIceState.set(task);
    }

    @Override
    public void onLocalCandidate(IceCandidateInfo candidate) {
        if (!detached) {
            listener.onLocalCandidate(candidate.toCandidateLine(), ice.getServerUrl(candidate).orElse(null));
        }
    }

    @Override
    public void onEndOfLocalCandidates() {
        if (!detached) {
            listener.onGatheringComplete();
        }
    }

    @Override
    public void onStateChange(RTCIceTransportState state) {
        if (detached) {
            return;
        }
        listener.onIceTransportStateChange(state);
        Runnable task = afterFirstIceState.getAndSet(null);
        if (task != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("the DTLS transport did not start", e);
            }
        }
    }

    @Override
    public void onStateChange(RTCDtlsTransportState state) {
        if (!detached) {
            listener.onDtlsTransportStateChange(state);
        }
    }

    @Override
    public void onApplicationData(byte[] data) {
        if (!detached) {
            listener.onApplicationData(data);
        }
    }
}
