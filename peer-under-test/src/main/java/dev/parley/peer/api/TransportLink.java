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
    private IceParameters startedRemoteIce;
    private boolean gatheringComplete;
    private boolean closed;
    private RTCIceGatheringState gatheringState = RTCIceGatheringState.NEW;
    private RTCIceTransportState iceState = RTCIceTransportState.NEW;
    private RTCDtlsTransportState dtlsState = RTCDtlsTransportState.NEW;
    private ConnectionStates states = ConnectionStates.INITIAL;

    /** @param events queues an event on the connection (fired later on its event thread) */
    TransportLink(Object lock, TransportFactory factory, SessionDescriptions descriptions, Consumer<Event> events) {
        this.lock = lock;
        this.factory = factory;
        this.descriptions = descriptions;
        this.events = events;
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
     * local credentials changed, start ICE and DTLS when the remote credentials are new and the role known.
     */
    void update(RTCConfiguration configuration, RTCCertificate certificate, IceParameters localIce,
                IceParameters remoteIce, List<RTCDtlsFingerprint> remoteFingerprints, Boolean dtlsClient) {
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
            transport.startGathering(localIce);
            setGatheringState(RTCIceGatheringState.GATHERING);
        }
        if (remoteIce != null && dtlsClient != null && !remoteIce.equals(startedRemoteIce)) {
            startedRemoteIce = remoteIce;
            Sdp remote = descriptions.remote().sdp();
            remote.media().stream().filter(m -> !m.isRejected()).findFirst().ifPresent(
                    m -> m.attributes("candidate").forEach(c -> transport.addRemoteCandidate("candidate:" + c)));
            transport.start(remoteIce, remoteFingerprints, dtlsClient);
        }
    }

    /** The original offer was rolled back: the transport goes and gathering is "new" again. */
    void discard() {
        if (transport != null) {
            transport.close();
            transport = null;
            gatheringIce = null;
            startedRemoteIce = null;
            localCandidates.clear();
            setGatheringState(RTCIceGatheringState.NEW);
        }
    }

    void addRemoteCandidate(String candidate) {
        if (transport != null) {
            transport.addRemoteCandidate(candidate);
        }
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
        public void onLocalCandidate(String candidate) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                localCandidates.add(candidate);
                descriptions.addLocalCandidate(candidate);
                String mid = descriptions.local().sdp().media().stream().filter(m -> !m.isRejected())
                        .findFirst().flatMap(SdpMedia::mid).orElse(null);
                events.accept(new RTCPeerConnectionIceEvent(new RTCIceCandidate(new RTCIceCandidateInit(candidate,
                        mid, 0, gatheringIce.usernameFragment())), null));
            }
        }

        @Override
        public void onGatheringComplete() {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                gatheringComplete = true;
                setGatheringState(RTCIceGatheringState.COMPLETE);
                events.accept(new RTCPeerConnectionIceEvent(null, null));
            }
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
                }
            }
        }
    }
}
