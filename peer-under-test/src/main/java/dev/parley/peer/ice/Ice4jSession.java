package dev.parley.peer.ice;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.RemoteCandidate;
import org.ice4j.socket.MultiplexingDatagramSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ICE generation on one ice4j Agent: its credentials, candidates, checks and socket. ice4j
 * fixes an agent's ufrag and password at birth, so an ICE restart is a new session; the
 * {@link RTCIceTransport} keeps the old one carrying data until the new one has a pair.
 */
final class Ice4jSession {

    private static final Logger LOG = LoggerFactory.getLogger(Ice4jSession.class);
    private static final int RECEIVE_BUFFER = 65536;
    private static final int RECEIVE_POLL_MILLIS = 500;

    /** Callbacks on ice4j's and this session's threads; the transport hops to its own. */
    interface Events {
        void onIce4jState(Ice4jSession session, IceProcessingState state);

        void onGatheredCandidate(Ice4jSession session, IceCandidateInfo candidate);

        void onGatheringDone(Ice4jSession session);

        void onServerError(Ice4jSession session, IceCandidateError error);

        void onPacket(byte[] datagram);
    }

    final int generation;
    private final Agent agent;
    private final Component component;
    private final IceMediaStream stream;
    private final Events events;
    private volatile boolean started;
    private volatile boolean freed;
    private volatile IceParameters remoteParameters;
    private final List<IceCandidateInfo> gathered = new CopyOnWriteArrayList<>();
    private final List<IceCandidateInfo> remoteCandidates = new CopyOnWriteArrayList<>();

    private Ice4jSession(int generation, Agent agent, IceMediaStream stream, Component component, Events events) {
        this.generation = generation;
        this.agent = agent;
        this.stream = stream;
        this.component = component;
        this.events = events;
    }

    /** Creates the agent and binds its host candidates (synchronous in ice4j: a cold JVM takes ~0.5 s). */
    static Ice4jSession create(int generation, IceParameters localParameters, Events events) throws IOException {
        Ice4jSetup.ensureConfigured();
        long started = System.nanoTime();
        Agent agent = new CredentialedAgent(localParameters);
        agent.setTrickling(true);
        // RFC 7675: checks keep consent; ice4j only sends indications otherwise.
        agent.setPerformConsentFreshness(true);
        IceMediaStream stream = agent.createMediaStream("parley-" + generation);
        Component component = agent.createComponent(stream, 0, 0, 0, KeepAliveStrategy.SELECTED_ONLY, true);
        Ice4jSession session = new Ice4jSession(generation, agent, stream, component, events);
        agent.addStateChangeListener(session::onAgentStateChange);
        LOG.debug("ICE generation {} agent {} ready in {} ms with {}", generation, agent.getLocalUfrag(),
                (System.nanoTime() - started) / 1_000_000, session.hostCandidates());
        session.startReceiving();
        return session;
    }

    private void addServerHarvester(IceServerConfig server, String url) {
        IceServerConfig.Url parsed = IceServerConfig.Url.parse(url);
        Consumer<IceCandidateError> errors = error -> events.onServerError(this, error);
        TransportAddress address;
        try {
            address = new TransportAddress(InetAddress.getByName(parsed.host()), parsed.port(), Transport.UDP);
        } catch (UnknownHostException e) {
            errors.accept(new IceCandidateError(Optional.empty(), Optional.empty(), url, IceCandidateError.SERVER_UNREACHABLE,
                    "cannot resolve " + parsed.host()));
            return;
        }
        agent.addCandidateHarvester(parsed.turn()
                ? Ice4jServerHarvesters.turn(address, url, server.username().orElseThrow(), server.credential().orElseThrow(), errors)
                : Ice4jServerHarvesters.stun(address, url, errors));
    }

    /**
     * Reports the host candidates, then asks the STUN and TURN servers on a thread of its own
     * (names resolve and unanswered servers time out there), then reports the end of gathering.
     */
    void startGathering(List<IceServerConfig> iceServers) {
        for (IceCandidateInfo candidate : hostCandidates()) {
            gathered.add(candidate);
            events.onGatheredCandidate(this, candidate);
        }
        Thread gatherer = new Thread(() -> {
            try {
                for (IceServerConfig server : iceServers) {
                    server.urls().forEach(url -> addServerHarvester(server, url));
                }
                agent.startCandidateTrickle(this::onTrickled);
            } catch (RuntimeException e) {
                LOG.warn("ICE generation {}: gathering from servers failed", generation, e);
                events.onGatheringDone(this);
            }
        }, "parley-ice-gather-" + agent.getLocalUfrag());
        gatherer.setDaemon(true);
        gatherer.start();
    }

    private void onTrickled(Collection<LocalCandidate> candidates) {
        if (freed) {
            return;
        }
        if (candidates == null) {
            events.onGatheringDone(this);
            return;
        }
        for (LocalCandidate candidate : candidates) {
            IceCandidateInfo info = Ice4jCandidates.toInfo(candidate, agent.getLocalUfrag());
            gathered.add(info);
            events.onGatheredCandidate(this, info);
        }
    }

    IceParameters localParameters() {
        return new IceParameters(agent.getLocalUfrag(), agent.getLocalPassword());
    }

    Optional<IceParameters> remoteParameters() {
        return Optional.ofNullable(remoteParameters);
    }

    /** Every candidate reported so far, host and from servers. */
    List<IceCandidateInfo> gatheredCandidates() {
        return List.copyOf(gathered);
    }

    /** Every candidate the peer gave this generation, usable or not. */
    List<IceCandidateInfo> remoteCandidates() {
        return List.copyOf(remoteCandidates);
    }

    private List<IceCandidateInfo> hostCandidates() {
        return component.getLocalCandidates().stream()
                .map(candidate -> Ice4jCandidates.toInfo(candidate, agent.getLocalUfrag()))
                .toList();
    }

    void setRemoteParameters(IceParameters remote) {
        remoteParameters = remote;
        stream.setRemoteUfrag(remote.usernameFragment());
        stream.setRemotePassword(remote.password());
    }

    /** Adds a remote candidate before or during checks; false if this peer cannot use it (TCP, mDNS). */
    boolean addRemoteCandidate(IceCandidateInfo info) {
        remoteCandidates.add(info);
        Optional<RemoteCandidate> remote = Ice4jCandidates.toRemote(info, component);
        if (remote.isEmpty()) {
            LOG.debug("ICE generation {}: ignoring unusable remote candidate {}", generation, info);
            return false;
        }
        if (started) {
            component.addUpdateRemoteCandidates(remote.get());
            component.updateRemoteCandidates();
        } else {
            component.addRemoteCandidate(remote.get());
        }
        return true;
    }

    boolean isStarted() {
        return started;
    }

    void start(RTCIceRole role) {
        agent.setControlling(role == RTCIceRole.CONTROLLING);
        started = true;
        agent.startConnectivityEstablishment();
    }

    /** The role now: ice4j switches it when the peer wins a role conflict (RFC 8445 section 7.3.1.1). */
    RTCIceRole role() {
        return agent.isControlling() ? RTCIceRole.CONTROLLING : RTCIceRole.CONTROLLED;
    }

    IceProcessingState ice4jState() {
        return agent.getState();
    }

    Optional<RTCIceCandidatePairInfo> selectedPair() {
        CandidatePair pair = component.getSelectedPair();
        if (pair == null) {
            return Optional.empty();
        }
        String remoteUfrag = remoteParameters != null ? remoteParameters.usernameFragment() : null;
        return Optional.of(new RTCIceCandidatePairInfo(
                Ice4jCandidates.toInfo(pair.getLocalCandidate(), agent.getLocalUfrag()),
                Ice4jCandidates.toInfo(pair.getRemoteCandidate(), remoteUfrag)));
    }

    /** When the peer last answered a check on the selected pair (System.currentTimeMillis), if ever. */
    Optional<Long> lastConsentMillis() {
        CandidatePair pair = component.getSelectedPair();
        if (pair == null || pair.getConsentFreshness() == CandidatePair.CONSENT_FRESHNESS_UNKNOWN) {
            return Optional.empty();
        }
        return Optional.of(pair.getConsentFreshness());
    }

    /** Sends on the selected pair; false, sending nothing, while there is none. */
    boolean send(byte[] data, int offset, int length) throws IOException {
        if (freed) {
            throw new IOException("ICE session closed");
        }
        if (component.getSelectedPair() == null) {
            return false;
        }
        component.send(data, offset, length);
        return true;
    }

    private void startReceiving() {
        Thread receiver = new Thread(this::receiveLoop, "parley-ice-recv-" + agent.getLocalUfrag());
        receiver.setDaemon(true);
        receiver.start();
    }

    private void receiveLoop() {
        MultiplexingDatagramSocket socket = component.getSocket();
        byte[] buffer = new byte[RECEIVE_BUFFER];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.setSoTimeout(RECEIVE_POLL_MILLIS);
            while (!freed) {
                packet.setData(buffer, 0, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException idle) {
                    continue;
                }
                events.onPacket(Arrays.copyOfRange(packet.getData(), packet.getOffset(), packet.getOffset() + packet.getLength()));
            }
        } catch (IOException e) {
            if (!freed) {
                LOG.warn("ICE generation {}: socket failed", generation, e);
            }
        }
    }

    private void onAgentStateChange(PropertyChangeEvent event) {
        if (!freed && event.getNewValue() instanceof IceProcessingState state) {
            events.onIce4jState(this, state);
        }
    }

    void free() {
        if (freed) {
            return;
        }
        freed = true;
        agent.free();
    }

    @Override
    public String toString() {
        return "Ice4jSession[gen " + generation + ", ufrag " + agent.getLocalUfrag() + ", " + agent.getState() + "]";
    }
}
