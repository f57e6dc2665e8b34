package dev.parley.peer.ice;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.CheckList;
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
 *
 * <p>Under {@link RTCIceGatherPolicy#RELAY} the host sockets are {@link RelayBaseHarvester}'s,
 * which ice4j never pairs; only relay candidates are reported; and checks start once gathering
 * is done, because ice4j pairs a local candidate gathered after the start only with remote
 * candidates that arrive after it.
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
    private final RTCIceGatherPolicy policy;
    private final Ice4jAgent agent;
    private final Component component;
    private final IceMediaStream stream;
    private final Events events;
    private final Object startLock = new Object();
    /** start() was called (the role is known); checks may still wait for relay candidates. */
    private volatile boolean started;
    /** ice4j runs its checks: remote candidates go into the running check list. */
    private boolean checking;
    private boolean gatheringDone;
    private RTCIceRole startRole;
    private volatile boolean freed;
    private volatile IceParameters remoteParameters;
    private final List<IceCandidateInfo> gathered = new CopyOnWriteArrayList<>();
    private final List<IceCandidateInfo> remoteCandidates = new CopyOnWriteArrayList<>();
    /** ip:port of each STUN/TURN server asked, to its URL (RTCIceCandidateStats.url). */
    private final Map<String, String> serverUrls = new ConcurrentHashMap<>();
    /** ip:port of each local candidate a server gave, to that server's URL. */
    private final Map<String, String> candidateUrls = new ConcurrentHashMap<>();

    private Ice4jSession(int generation, RTCIceGatherPolicy policy, Ice4jAgent agent, IceMediaStream stream,
            Component component, Events events) {
        this.generation = generation;
        this.policy = policy;
        this.agent = agent;
        this.stream = stream;
        this.component = component;
        this.events = events;
    }

    /** Creates the agent and binds its host candidates (synchronous in ice4j: a cold JVM takes ~0.5 s). */
    static Ice4jSession create(int generation, IceParameters localParameters, RTCIceGatherPolicy policy, Events events)
            throws IOException {
        Ice4jSetup.ensureConfigured();
        long started = System.nanoTime();
        Ice4jAgent agent = new Ice4jAgent(localParameters);
        agent.setTrickling(true);
        if (policy == RTCIceGatherPolicy.RELAY) {
            // Replaces ice4j's host harvester by one whose sockets serve TURN only.
            agent.setUseDynamicPorts(false);
            agent.addCandidateHarvester(new RelayBaseHarvester());
        }
        // RFC 7675: checks keep consent; ice4j only sends indications otherwise.
        agent.setPerformConsentFreshness(true);
        IceMediaStream stream = agent.createMediaStream("parley-" + generation);
        Component component = agent.createComponent(stream, 0, 0, 0, KeepAliveStrategy.SELECTED_ONLY, true);
        Ice4jSession session = new Ice4jSession(generation, policy, agent, stream, component, events);
        agent.addStateChangeListener(session::onAgentStateChange);
        LOG.debug("ICE generation {} agent {} ready in {} ms with {}", generation, agent.getLocalUfrag(),
                (System.nanoTime() - started) / 1_000_000, session.hostCandidates());
        session.startReceiving();
        return session;
    }

    private void addServerHarvester(IceServerConfig server, String url) {
        IceServerConfig.Url parsed = IceServerConfig.Url.parse(url);
        if (!parsed.turn() && policy == RTCIceGatherPolicy.RELAY) {
            // Server-reflexive candidates are neither announced nor paired under this policy: no need to ask.
            return;
        }
        Consumer<IceCandidateError> errors = error -> events.onServerError(this, error);
        TransportAddress address;
        try {
            address = new TransportAddress(InetAddress.getByName(parsed.host()), parsed.port(), Transport.UDP);
        } catch (UnknownHostException e) {
            errors.accept(new IceCandidateError(Optional.empty(), Optional.empty(), url, IceCandidateError.SERVER_UNREACHABLE,
                    "cannot resolve " + parsed.host()));
            return;
        }
        serverUrls.put(address.getHostAddress() + ":" + address.getPort(), url);
        agent.addCandidateHarvester(parsed.turn()
                ? Ice4jServerHarvesters.turn(address, url, server.username().orElseThrow(), server.credential().orElseThrow(),
                        policy == RTCIceGatherPolicy.RELAY, errors)
                : Ice4jServerHarvesters.stun(address, url, errors));
    }

    /**
     * Reports the host candidates (none under the relay policy), then asks the STUN and TURN
     * servers on a thread of its own (names resolve and unanswered servers time out there), then
     * reports the end of gathering.
     */
    void startGathering(List<IceServerConfig> iceServers) {
        List<IceCandidateInfo> hosts = policy == RTCIceGatherPolicy.RELAY ? List.of() : hostCandidates();
        for (IceCandidateInfo candidate : hosts) {
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
                gatheringDone();
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
            gatheringDone();
            return;
        }
        for (LocalCandidate candidate : candidates) {
            if (policy == RTCIceGatherPolicy.RELAY && candidate.getType() != CandidateType.RELAYED_CANDIDATE) {
                continue;
            }
            IceCandidateInfo info = Ice4jCandidates.toInfo(candidate, agent.getLocalUfrag());
            rememberServerUrl(candidate, info);
            gathered.add(info);
            events.onGatheredCandidate(this, info);
        }
    }

    private void rememberServerUrl(LocalCandidate candidate, IceCandidateInfo info) {
        TransportAddress server = candidate.getType() == CandidateType.RELAYED_CANDIDATE
                ? candidate.getRelayServerAddress() : candidate.getStunServerAddress();
        if (server != null) {
            String url = serverUrls.get(server.getHostAddress() + ":" + server.getPort());
            if (url != null) {
                candidateUrls.put(info.address() + ":" + info.port(), url);
            }
        }
    }

    private void gatheringDone() {
        RTCIceRole deferredRole = null;
        synchronized (startLock) {
            gatheringDone = true;
            if (started && !checking) {
                deferredRole = startRole;
            }
        }
        events.onGatheringDone(this);
        if (deferredRole != null) {
            startChecks(deferredRole);
        }
    }

    /** The URL of the STUN or TURN server that gave this local candidate, if one did. */
    Optional<String> serverUrl(IceCandidateInfo local) {
        return Optional.ofNullable(candidateUrls.get(local.address() + ":" + local.port()));
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
        synchronized (startLock) {
            if (checking) {
                component.addUpdateRemoteCandidates(remote.get());
                component.updateRemoteCandidates();
            } else {
                component.addRemoteCandidate(remote.get());
            }
        }
        return true;
    }

    boolean isStarted() {
        return started;
    }

    /** Starts the checks in {@code role}; under the relay policy once the relay candidates are in. */
    void start(RTCIceRole role) {
        agent.setControlling(role == RTCIceRole.CONTROLLING);
        synchronized (startLock) {
            started = true;
            startRole = role;
            if (policy == RTCIceGatherPolicy.RELAY && !gatheringDone) {
                LOG.debug("ICE generation {}: checks wait for the relay candidates", generation);
                return;
            }
        }
        startChecks(role);
    }

    private void startChecks(RTCIceRole role) {
        synchronized (startLock) {
            if (checking || freed) {
                return;
            }
            checking = true;
            agent.startConnectivityEstablishment();
        }
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

    /**
     * True once checks run with nothing to check: no pair in the check list and none selected
     * (no local candidate, e.g. no relay candidate under the relay policy, or no usable remote
     * one). ice4j then waits forever; the W3C state is {@code failed} once all candidates are known.
     */
    boolean hasNothingToCheck() {
        synchronized (startLock) {
            if (!checking) {
                return false;
            }
        }
        CheckList checkList = stream.getCheckList();
        synchronized (checkList) {
            if (!checkList.isEmpty()) {
                return false;
            }
        }
        return component.getSelectedPair() == null;
    }

    /**
     * The check list now (the selected pair included, even if ice4j found it by a triggered
     * check), one pair per local and remote transport address, each with its check counters;
     * {@code traffic} gives the selected pair's data.
     *
     * <p>ice4j can hold two pairs with the same addresses: the one it checked, whose remote
     * candidate it first knew as peer-reflexive, and the valid pair it built and selected, with
     * the signalled candidate. Stats know a pair by its addresses, so the selected one stands for both.
     */
    List<IceCandidatePairSnapshot> candidatePairs(IcePairTraffic selectedTraffic) {
        List<CandidatePair> pairs;
        CheckList checkList = stream.getCheckList();
        synchronized (checkList) {
            pairs = new ArrayList<>(checkList);
        }
        CandidatePair selected = component.getSelectedPair();
        if (selected != null) {
            pairs.add(0, selected);
        }
        String remoteUfrag = remoteParameters != null ? remoteParameters.usernameFragment() : null;
        Map<String, IceCandidatePairSnapshot> byAddresses = new LinkedHashMap<>();
        for (CandidatePair pair : pairs) {
            IceCandidateInfo local = Ice4jCandidates.toInfo(pair.getLocalCandidate(), agent.getLocalUfrag());
            IceCandidateInfo remote = Ice4jCandidates.toInfo(pair.getRemoteCandidate(), remoteUfrag);
            String key = endpoint(local) + "|" + endpoint(remote);
            if (byAddresses.containsKey(key)) {
                continue;
            }
            boolean isSelected = pair.equals(selected);
            byAddresses.put(key, new IceCandidatePairSnapshot(local, remote, Ice4jCandidates.state(pair.getState()),
                    pair.isNominated(), isSelected, pair.getPriority(), agent.checkCounters().counters(local, remote),
                    isSelected ? selectedTraffic : IcePairTraffic.NONE));
        }
        return List.copyOf(byAddresses.values());
    }

    private static String endpoint(IceCandidateInfo candidate) {
        return candidate.protocol() + " " + candidate.address() + " " + candidate.port();
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
