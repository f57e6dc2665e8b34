package dev.parley.peer.api;

import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.ice.IceParameters;
import dev.parley.peer.ice.RTCIceTransportState;
import dev.parley.peer.jsep.LocalTransportInfo;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The connection's one (max-bundle) transport as JSEP sees it: created through the {@link TransportFactory}
 * at the first local description, gathering with the local credentials in effect, started once the remote
 * side and the DTLS role are known. Owns iceGatheringState, iceConnectionState and connectionState, and
 * turns the transport's reports into queued events. Every method runs under the connection's lock.
 */
final class TransportLink {

    private final Object lock;
    private final TransportFactory factory;
    private final SessionDescriptions descriptions;
    private final Consumer<Event> events;
    private final List<String> localCandidates = new ArrayList<>();
    private PeerTransport transport;
    private IceParameters gatheringIce;
    private IceParameters startedLocalIce;
    private IceParameters startedRemoteIce;
    private boolean gatheringComplete;
    private boolean closed;
    private RTCIceGatheringState gatheringState = RTCIceGatheringState.NEW;
    private RTCIceTransportState iceState = RTCIceTransportState.NEW;
    private RTCDtlsTransportState dtlsState = RTCDtlsTransportState.NEW;
    private ConnectionStates states = ConnectionStates.INITIAL;
    /** Where the DTLS state and application data (SCTP packets) go: the connection's data channels. */
    private volatile DataChannels dataChannels;

    /** @param events queues an event on the connection (fired later on its event thread) */
    TransportLink(Object lock, TransportFactory factory, SessionDescriptions descriptions, Consumer<Event> events) {
        this.lock = lock;
        this.factory = factory;
        this.descriptions = descriptions;
        this.events = events;
    }

    /** Data channels hear the DTLS state (to start SCTP) and get the DTLS application data. */
    void carryDataChannels(DataChannels channels) {
        this.dataChannels = channels;
    }

    RTCIceGatheringState gatheringState() {
        return gatheringState;
    }

    ConnectionStates states() {
        return states;
    }

    /** The transport attributes for a description with these credentials: candidates only for the current ones. */
    LocalTransportInfo localInfo(IceParameters ice, List<RTCDtlsFingerprint> fingerprints) {
        boolean current = ice.equals(gatheringIce);
        return new LocalTransportInfo(ice, fingerprints, current ? localCandidates : List.of(),
                current && gatheringComplete);
    }

    /**
     * After a description was applied: create the transport if there is none, (re)start gathering when the
     * local credentials changed, start the checks (and, the first time, DTLS) when a completed negotiation
     * brought new credentials ({@link #isNewGeneration}).
     *
     * @param iceControlling whether this side made the offer of the negotiation in effect (RFC 8445 section 6.1.1)
     */
    void update(RTCConfiguration configuration, RTCCertificate certificate, IceParameters localIce,
                IceParameters remoteIce, List<RTCDtlsFingerprint> remoteFingerprints, boolean iceControlling,
                Boolean dtlsClient) {
        if (descriptions.local() == null) {
            return;
        }
        if (transport == null) {
            transport = factory.create(configuration, certificate, new Reports()).orElse(null);
            if (transport == null) {
                return;
            }
        }
        if (!localIce.equals(gatheringIce)) {
            gatheringIce = localIce;
            gatheringComplete = false;
            localCandidates.clear();
            transport.startGathering(localIce, configuration);
            setGatheringState(RTCIceGatheringState.GATHERING);
        }
        if (remoteIce != null && dtlsClient != null && isNewGeneration(localIce, remoteIce)) {
            startedLocalIce = localIce;
            startedRemoteIce = remoteIce;
            Sdp remote = descriptions.remote().sdp();
            remote.media().stream().filter(m -> !m.isRejected()).findFirst().ifPresent(
                    m -> m.attributes("candidate").forEach(c -> transport.addRemoteCandidate("candidate:" + c)));
            transport.start(remoteIce, remoteFingerprints, iceControlling, dtlsClient);
        }
    }

    /**
     * Checks start with the credentials of a completed negotiation (signaling state stable): at the first one,
     * and after an ICE restart once both sides have new credentials, so a restart offer from either side
     * starts the new generation when its answer is applied, with the role that negotiation gave.
     */
    private boolean isNewGeneration(IceParameters localIce, IceParameters remoteIce) {
        boolean stable = descriptions.pendingLocal() == null && descriptions.pendingRemote() == null;
        return stable && !(localIce.equals(startedLocalIce) && remoteIce.equals(startedRemoteIce));
    }

    /** The original offer was rolled back: the transport goes and gathering is "new" again. */
    void discard() {
        if (transport != null) {
            transport.close();
            transport = null;
            gatheringIce = null;
            startedLocalIce = null;
            startedRemoteIce = null;
            localCandidates.clear();
            setGatheringState(RTCIceGatheringState.NEW);
        }
    }

    /** OperationError when the transport cannot use the candidate (section 4.4.1.6 addIceCandidate step 4.6). */
    void addRemoteCandidate(String candidate) {
        if (transport != null) {
            try {
                transport.addRemoteCandidate(candidate);
            } catch (IllegalArgumentException e) {
                throw DOMException.operation("the ICE agent cannot add the candidate: " + e.getMessage());
            }
        }
    }

    /** The transport's stats dictionaries, none without a transport. */
    List<Map<String, Object>> stats(long nowMillis) {
        return transport == null ? List.of() : transport.stats(nowMillis);
    }

    /** close(): the transport stops, the states read closed, no event fires (section 4.4.1.6 close()). */
    void close() {
        closed = true;
        if (transport != null) {
            transport.close();
            transport = null;
        }
        states = ConnectionStates.compute(true, iceState, dtlsState);
    }

    private void setGatheringState(RTCIceGatheringState state) {
        if (state != gatheringState) {
            gatheringState = state;
            events.accept(new StateChangeEvent("icegatheringstatechange", state));
        }
    }

    /** iceConnectionState and connectionState are derived in one place: {@link ConnectionStates#compute}. */
    private void updateConnectionStates() {
        ConnectionStates next = ConnectionStates.compute(false, iceState, dtlsState);
        ConnectionStates previous = states;
        states = next;
        if (next.ice() != previous.ice()) {
            events.accept(new StateChangeEvent("iceconnectionstatechange", next.ice()));
        }
        if (next.connection() != previous.connection()) {
            events.accept(new StateChangeEvent("connectionstatechange", next.connection()));
        }
    }

    /** The transport's reports, from any thread, applied under the connection's lock. */
    private final class Reports implements PeerTransport.Listener {

        @Override
        public void onLocalCandidate(String candidate, String serverUrl) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                localCandidates.add(candidate);
                descriptions.addLocalCandidate(candidate);
                events.accept(new RTCPeerConnectionIceEvent(localCandidate(candidate, serverUrl), serverUrl));
            }
        }

        /**
         * Section 5.6, the ICE agent finished gathering a generation: an icecandidate whose candidate is "" (the
         * end-of-candidates indication), then iceGatheringState complete, then the null candidate.
         */
        @Override
        public void onGatheringComplete() {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                gatheringComplete = true;
                events.accept(new RTCPeerConnectionIceEvent(localCandidate("", null), null));
                setGatheringState(RTCIceGatheringState.COMPLETE);
                events.accept(new RTCPeerConnectionIceEvent(null, null));
            }
        }

        /**
         * A candidate of the current generation: the bundle's transport gathers for the first section in use, so
         * its mid and index (section 4.8.2), and the generation's ufrag.
         */
        private RTCIceCandidate localCandidate(String candidate, String serverUrl) {
            List<SdpMedia> media = descriptions.local().sdp().media();
            int index = 0;
            while (index < media.size() - 1 && media.get(index).isRejected()) {
                index++;
            }
            String mid = media.isEmpty() ? null : media.get(index).mid().orElse(null);
            return RTCIceCandidate.local(new RTCIceCandidateInit(candidate, mid, index,
                    gatheringIce.usernameFragment()), serverUrl);
        }

        @Override
        public void onIceTransportStateChange(RTCIceTransportState state) {
            synchronized (lock) {
                if (!closed) {
                    iceState = state;
                    updateConnectionStates();
                }
            }
        }

        @Override
        public void onDtlsTransportStateChange(RTCDtlsTransportState state) {
            synchronized (lock) {
                if (!closed) {
                    dtlsState = state;
                    updateConnectionStates();
                    DataChannels data = dataChannels;
                    if (data != null) {
                        data.onDtlsState(state, transport);
                    }
                }
            }
        }

        /** SCTP packets go straight to the data channels' transport, without the connection's lock. */
        @Override
        public void onApplicationData(byte[] packet) {
            DataChannels data = dataChannels;
            if (data != null && !closed) {
                data.onApplicationData(packet);
            }
        }
    }
}
