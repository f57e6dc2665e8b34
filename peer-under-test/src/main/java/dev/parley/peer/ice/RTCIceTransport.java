package dev.parley.peer.ice;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.ice4j.ice.IceProcessingState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W3C RTCIceTransport on ice4j: gathers host (and STUN/TURN) candidates, runs connectivity checks
 * in either role, keeps consent (RFC 7675), restarts with new credentials, and carries the
 * DTLS and RTP/RTCP datagrams of the selected pair, split by {@link PacketClass}.
 *
 * <p>Every operation runs in call order on the transport's control thread and returns a future;
 * events go to listeners in order on a separate event thread. The state is computed in exactly
 * one place, {@link #updateState()}, from ice4j's state, consent and end-of-candidates.
 */
public final class RTCIceTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RTCIceTransport.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final Duration CONSENT_POLL = Duration.ofMillis(200);

    private final int id = IDS.incrementAndGet();
    private final IceSettings settings;
    private final ScheduledExecutorService control;
    private final ExecutorService events;
    private final List<RTCIceTransportListener> listeners = new CopyOnWriteArrayList<>();
    private final Rfc7983Demultiplexer demultiplexer = new Rfc7983Demultiplexer();
    private final SessionEvents sessionEvents = new SessionEvents();
    private final PacketTransport dtlsPackets = new ClassPacketTransport(PacketClass.DTLS);
    private final PacketTransport rtpPackets = new ClassPacketTransport(PacketClass.RTP_RTCP);
    private final EarlyDatagrams earlyDatagrams = new EarlyDatagrams();
    private final AtomicLong packetsSent = new AtomicLong();
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong packetsReceived = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong selectedPairChanges = new AtomicLong();
    private volatile PairTrafficCounter selectedPairTraffic = new PairTrafficCounter();

    // Written on the control thread only; volatile for the getters.
    private volatile Ice4jSession active;
    private volatile Ice4jSession pending;
    private volatile RTCIceTransportState state = RTCIceTransportState.NEW;
    private volatile RTCIceGathererState gatheringState = RTCIceGathererState.NEW;
    private volatile RTCIceRole role;
    private volatile Optional<RTCIceCandidatePairInfo> selectedPair = Optional.empty();
    private final List<IceCandidateInfo> candidatesBeforeGathering = new ArrayList<>();
    /** Trickled candidates of a peer generation whose credentials have not arrived yet (restart races). */
    private final List<IceCandidateInfo> candidatesAwaitingCredentials = new ArrayList<>();
    private List<IceServerConfig> iceServers = List.of();
    private RTCIceGatherPolicy gatherPolicy = RTCIceGatherPolicy.ALL;
    private boolean remoteEndOfCandidates;
    private boolean consentLost;
    private boolean closed;
    private long selectedSinceMillis;

    public RTCIceTransport(IceSettings settings) {
        this(settings, CONSENT_POLL);
    }

    /** With another consent poll period: tests poll very often to expose races with ice4j's threads. */
    RTCIceTransport(IceSettings settings, Duration consentPoll) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.control = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "parley-ice-" + id + "-control"));
        this.events = Executors.newSingleThreadExecutor(r -> daemon(r, "parley-ice-" + id + "-events"));
        long pollMillis = Math.max(1, consentPoll.toMillis());
        control.scheduleWithFixedDelay(this::pollConsent, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    public void addListener(RTCIceTransportListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(RTCIceTransportListener listener) {
        listeners.remove(listener);
    }

    /** {@link #gather(IceParameters, List, RTCIceGatherPolicy)} with every kind of candidate. */
    public CompletableFuture<Void> gather(IceParameters localParameters, List<IceServerConfig> servers) {
        return gather(localParameters, servers, RTCIceGatherPolicy.ALL);
    }

    /**
     * Starts gathering with the local credentials {@code localParameters} (those of the SDP):
     * binds host candidates, reports each, asks {@code servers}, then reports the end of
     * candidates. Under {@link RTCIceGatherPolicy#RELAY} it reports and pairs relay candidates
     * only (W3C iceTransportPolicy "relay"). Gathering happens once; a later call with other
     * credentials is a {@link #restart} that gathers with these servers and this policy (JSEP:
     * a changed configuration takes effect at the next gathering), with the same ones nothing.
     */
    public CompletableFuture<Void> gather(IceParameters localParameters, List<IceServerConfig> servers,
            RTCIceGatherPolicy policy) {
        Objects.requireNonNull(localParameters, "localParameters");
        Objects.requireNonNull(policy, "policy");
        List<IceServerConfig> copy = List.copyOf(servers);
        return call(() -> {
            if (active != null) {
                if (!newestSession().localParameters().equals(localParameters)) {
                    iceServers = copy;
                    gatherPolicy = policy;
                    restartWith(localParameters);
                }
                return null;
            }
            iceServers = copy;
            gatherPolicy = policy;
            active = newSession(0, localParameters);
            candidatesBeforeGathering.forEach(this::addToSession);
            candidatesBeforeGathering.clear();
            return null;
        });
    }

    /**
     * Starts connectivity checks against the peer's credentials in {@code role}. After
     * {@link #restart} it starts the new generation's checks with the peer's new credentials.
     *
     * @throws IllegalStateException (in the future) before gather(), or if the remote credentials
     *     changed without a restart
     */
    public CompletableFuture<Void> start(IceParameters remoteParameters, RTCIceRole iceRole) {
        Objects.requireNonNull(remoteParameters, "remoteParameters");
        Objects.requireNonNull(iceRole, "iceRole");
        return call(() -> {
            Ice4jSession session = newestSession();
            if (session == null) {
                throw new IllegalStateException("start() before gather()");
            }
            if (session.isStarted()) {
                if (!session.remoteParameters().orElseThrow().equals(remoteParameters)) {
                    throw new IllegalStateException("remote ICE credentials changed: call restart() first");
                }
                return null;
            }
            role = iceRole;
            session.setRemoteParameters(remoteParameters);
            session.start(iceRole);
            for (var it = candidatesAwaitingCredentials.iterator(); it.hasNext();) {
                IceCandidateInfo early = it.next();
                if (early.usernameFragment().orElseThrow().equals(remoteParameters.usernameFragment())) {
                    session.addRemoteCandidate(early);
                    it.remove();
                }
            }
            LOG.debug("ICE #{} generation {} checking as {}", id, session.generation, iceRole);
            updateState();
            return null;
        });
    }

    /**
     * Adds a candidate from the peer. A candidate with a {@code ufrag} goes to the generation that
     * has that remote ufrag; one without goes to the newest. TCP and mDNS candidates are accepted
     * and not used (this peer gathers UDP and resolves no names).
     *
     * A candidate whose ufrag matches no generation yet is kept until {@link #start} brings
     * those credentials (a restarted peer's candidates can overtake its new credentials).
     */
    public CompletableFuture<Void> addRemoteCandidate(IceCandidateInfo candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return call(() -> {
            if (active == null) {
                candidatesBeforeGathering.add(candidate);
            } else {
                addToSession(candidate);
            }
            return null;
        });
    }

    /** The peer signalled end-of-candidates for the current generation. */
    public CompletableFuture<Void> addRemoteEndOfCandidates() {
        return call(() -> {
            remoteEndOfCandidates = true;
            updateState();
            return null;
        });
    }

    /**
     * ICE restart (RFC 8445 section 9) with new local credentials: a new generation gathers and,
     * after {@link #start} with the peer's new credentials, checks; the current pair keeps carrying
     * data until the new generation selects one.
     */
    public CompletableFuture<Void> restart(IceParameters newLocalParameters) {
        Objects.requireNonNull(newLocalParameters, "newLocalParameters");
        return call(() -> {
            if (active == null) {
                throw new IllegalStateException("restart() before gather()");
            }
            restartWith(newLocalParameters);
            return null;
        });
    }

    private void restartWith(IceParameters newLocalParameters) throws IOException {
        if (pending != null) {
            pending.free();
        }
        remoteEndOfCandidates = false;
        int generation = (pending != null ? pending.generation : active.generation) + 1;
        pending = newSession(generation, newLocalParameters);
    }

    /** W3C stop(): frees everything; the state becomes {@code closed}. */
    public CompletableFuture<Void> stop() {
        return call(() -> {
            if (closed) {
                return null;
            }
            closed = true;
            if (pending != null) {
                pending.free();
            }
            if (active != null) {
                active.free();
            }
            updateState();
            control.shutdown();
            events.shutdown();
            return null;
        });
    }

    /** Same as {@link #stop()}, waiting for it. */
    @Override
    public void close() {
        if (control.isShutdown()) {
            return;
        }
        stop().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }

    /** The datagrams DTLS sends and receives (first byte 20-63). */
    public PacketTransport getDtlsPacketTransport() {
        return dtlsPackets;
    }

    /** The datagrams SRTP and SRTCP send and receive (first byte 128-191). */
    public PacketTransport getRtpPacketTransport() {
        return rtpPackets;
    }

    public RTCIceTransportState getState() {
        return state;
    }

    public RTCIceGathererState getGatheringState() {
        return gatheringState;
    }

    /** The W3C {@code role} once started, after any role conflict was resolved. */
    public Optional<RTCIceRole> getRole() {
        Ice4jSession current = active;
        if (current != null && current.isStarted()) {
            return Optional.of(current.role());
        }
        return Optional.ofNullable(role);
    }

    /** The W3C {@code component}: always RTP (rtcp-mux). */
    public String getComponent() {
        return "rtp";
    }

    /** The newest generation's credentials, once gathering started. */
    public Optional<IceParameters> getLocalParameters() {
        return Optional.ofNullable(newestSession()).map(Ice4jSession::localParameters);
    }

    public Optional<IceParameters> getRemoteParameters() {
        return Optional.ofNullable(newestSession()).flatMap(Ice4jSession::remoteParameters);
    }

    /** The newest generation's gathered candidates. */
    public List<IceCandidateInfo> getLocalCandidates() {
        return Optional.ofNullable(newestSession()).map(Ice4jSession::gatheredCandidates).orElse(List.of());
    }

    /** The candidates the peer gave the newest generation. */
    public List<IceCandidateInfo> getRemoteCandidates() {
        return Optional.ofNullable(newestSession()).map(Ice4jSession::remoteCandidates).orElse(List.of());
    }

    public Optional<RTCIceCandidatePairInfo> getSelectedCandidatePair() {
        return selectedPair;
    }

    /**
     * The candidate pairs of the generation carrying data and of a restart in progress, with
     * their check counters; the selected one also with its data counters.
     */
    public List<IceCandidatePairSnapshot> getCandidatePairs() {
        IcePairTraffic traffic = selectedPairTraffic.snapshot();
        List<IceCandidatePairSnapshot> pairs = new ArrayList<>();
        for (Ice4jSession session : new Ice4jSession[] {active, pending}) {
            if (session != null && session.isStarted()) {
                pairs.addAll(session.candidatePairs(session == active ? traffic : IcePairTraffic.NONE));
            }
        }
        return pairs;
    }

    /** The URL of the STUN or TURN server a local candidate came from (RTCIceCandidateStats.url), if any. */
    public Optional<String> getServerUrl(IceCandidateInfo localCandidate) {
        for (Ice4jSession session : new Ice4jSession[] {pending, active}) {
            Optional<String> url = session == null ? Optional.empty() : session.serverUrl(localCandidate);
            if (url.isPresent()) {
                return url;
            }
        }
        return Optional.empty();
    }

    /** Counters for RTCTransportStats and RTCIceCandidatePairStats. */
    public IceTransportCounters getCounters() {
        return new IceTransportCounters(packetsSent.get(), bytesSent.get(), packetsReceived.get(), bytesReceived.get(),
                selectedPairChanges.get());
    }

    private Ice4jSession newestSession() {
        Ice4jSession newer = pending;
        return newer != null ? newer : active;
    }

    private Ice4jSession newSession(int generation, IceParameters localParameters) throws IOException {
        Ice4jSession session = Ice4jSession.create(generation, localParameters, gatherPolicy, sessionEvents);
        setGatheringState(RTCIceGathererState.GATHERING);
        session.startGathering(iceServers);
        return session;
    }

    private void addToSession(IceCandidateInfo candidate) {
        Ice4jSession target = newestSession();
        Optional<String> ufrag = candidate.usernameFragment();
        if (ufrag.isPresent()) {
            target = sessionWithRemoteUfrag(ufrag.get());
            if (target == null) {
                LOG.debug("ICE #{}: keeping candidate for unknown ufrag {} until its credentials arrive", id, ufrag.get());
                candidatesAwaitingCredentials.add(candidate);
                return;
            }
        }
        target.addRemoteCandidate(candidate);
    }

    /** The generation whose remote ufrag is {@code ufrag}; a not-yet-started one takes any. */
    private Ice4jSession sessionWithRemoteUfrag(String ufrag) {
        for (Ice4jSession session : new Ice4jSession[] {pending, active}) {
            if (session == null) {
                continue;
            }
            Optional<IceParameters> remote = session.remoteParameters();
            if (remote.isEmpty() || remote.get().usernameFragment().equals(ufrag)) {
                return session;
            }
        }
        return null;
    }

    /**
     * The only place the state is decided. ice4j selects a pair on its own threads, so the selected
     * pair is read once, recorded (with the time consent is measured from), and only then are
     * consent and the state judged, all on that one reading.
     */
    private void updateState() {
        promotePendingIfSelected();
        boolean pairSelected = recordSelectedPair();
        loseConsentIfExpired(pairSelected);
        flushEarlyDatagrams();
        RTCIceTransportState next = computeState(pairSelected);
        if (next == state) {
            return;
        }
        if (next == RTCIceTransportState.COMPLETED && state == RTCIceTransportState.CHECKING) {
            // Browsers always pass through connected, even when every candidate was known early.
            moveTo(RTCIceTransportState.CONNECTED);
        }
        moveTo(next);
    }

    private void moveTo(RTCIceTransportState next) {
        if (!state.canTransitionTo(next)) {
            LOG.warn("ICE #{}: unexpected transition {} -> {}", id, state, next);
        }
        LOG.debug("ICE #{} {} -> {}", id, state, next);
        state = next;
        emit(l -> l.onStateChange(next));
    }

    /**
     * Records the current generation's selected pair as ice4j has it now; a new one is announced,
     * gets fresh traffic counters, and its consent is measured from now on.
     *
     * @return whether the current generation has a selected pair
     */
    private boolean recordSelectedPair() {
        Optional<RTCIceCandidatePairInfo> pair = active == null || closed ? Optional.empty() : active.selectedPair();
        if (pair.isPresent() && !pair.equals(selectedPair)) {
            selectedPair = pair;
            selectedPairChanges.incrementAndGet();
            selectedPairTraffic = new PairTrafficCounter();
            selectedSinceMillis = System.currentTimeMillis();
            RTCIceCandidatePairInfo chosen = pair.get();
            LOG.debug("ICE #{} selected {} <-> {}", id, chosen.local(), chosen.remote());
            emit(l -> l.onSelectedCandidatePairChange(chosen));
        }
        return pair.isPresent();
    }

    /**
     * RFC 7675 section 5.1: consent is lost once the selected pair's checks went unanswered for
     * {@link IceSettings#consentExpiresAfter()}; nothing is sent on it any more.
     *
     * @param pairSelected {@link #recordSelectedPair()}'s answer: the pair whose selection time
     *     consent is measured from
     */
    private void loseConsentIfExpired(boolean pairSelected) {
        Ice4jSession current = active;
        if (!closed && pairSelected && !consentLost && consentStatus(current) == ConsentStatus.EXPIRED) {
            LOG.info("ICE #{}: consent expired on generation {}", id, current.generation);
            consentLost = true;
        }
    }

    /** @param pairSelected {@link #recordSelectedPair()}'s answer for the current generation */
    private RTCIceTransportState computeState(boolean pairSelected) {
        Ice4jSession current = active;
        Ice4jSession restarting = pending;
        boolean currentStarted = current != null && current.isStarted();
        boolean restartStarted = restarting != null && restarting.isStarted();
        boolean allCandidatesKnown = remoteEndOfCandidates && gatheringState == RTCIceGathererState.COMPLETE;
        // With every candidate known and no pair to check, nothing can succeed (W3C "failed").
        boolean nothingToCheck = restarting == null && allCandidatesKnown && currentStarted && current.hasNothingToCheck();
        return new IceStateFacts(
                closed,
                currentStarted || restartStarted,
                currentStarted && current.ice4jState() == IceProcessingState.FAILED || nothingToCheck,
                consentLost,
                pairSelected,
                pairSelected ? consentStatus(current) : ConsentStatus.FRESH,
                allCandidatesKnown,
                restartStarted,
                restartStarted && restarting.ice4jState() == IceProcessingState.FAILED).derive();
    }

    /** A restarted generation takes over the data path once it has a pair of its own. */
    private void promotePendingIfSelected() {
        Ice4jSession restarting = pending;
        if (restarting == null || restarting.selectedPair().isEmpty()) {
            return;
        }
        Ice4jSession old = active;
        active = restarting;
        pending = null;
        consentLost = false;
        selectedSinceMillis = System.currentTimeMillis();
        LOG.debug("ICE #{} restart: generation {} took over from {}", id, restarting.generation, old.generation);
        old.free();
    }

    private ConsentStatus consentStatus(Ice4jSession session) {
        long last = Math.max(selectedSinceMillis, session.lastConsentMillis().orElse(0L));
        Duration since = Duration.ofMillis(Math.max(0, System.currentTimeMillis() - last));
        return ConsentStatus.of(since, settings.disconnectedAfter(), settings.consentExpiresAfter());
    }

    /** Consent lapses with time alone, with no event from ice4j: re-judged periodically. */
    private void pollConsent() {
        try {
            updateState();
        } catch (RuntimeException e) {
            LOG.warn("ICE #{}: consent check failed", id, e);
        }
    }

    private void setGatheringState(RTCIceGathererState next) {
        if (gatheringState != next) {
            gatheringState = next;
            emit(l -> l.onGatheringStateChange(next));
        }
    }

    private void send(byte[] data, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("ICE transport is closed");
        }
        if (consentLost) {
            // RFC 7675 section 5.1: no more data once consent is lost.
            return;
        }
        Ice4jSession current = active;
        if (current == null || !current.send(data, offset, length)) {
            earlyDatagrams.add(data, offset, length);
            return;
        }
        countSent(length);
    }

    private void countSent(int length) {
        packetsSent.incrementAndGet();
        bytesSent.addAndGet(length);
        selectedPairTraffic.sent(length, System.currentTimeMillis());
    }

    /** Sends what was sent before a pair existed, now that one does (control thread). */
    private void flushEarlyDatagrams() {
        Ice4jSession current = active;
        if (current == null || current.selectedPair().isEmpty() || earlyDatagrams.isEmpty()) {
            return;
        }
        for (byte[] datagram : earlyDatagrams.drain()) {
            try {
                if (current.send(datagram, 0, datagram.length)) {
                    countSent(datagram.length);
                }
            } catch (IOException e) {
                LOG.debug("ICE #{}: an early datagram could not be sent", id, e);
            }
        }
    }

    private void emit(Consumer<RTCIceTransportListener> event) {
        events.execute(() -> listeners.forEach(event));
    }

    private <T> CompletableFuture<T> call(ControlTask<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            control.execute(() -> {
                try {
                    result.complete(task.run());
                } catch (Exception | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("ICE transport is closed", e));
        }
        return result;
    }

    private void onControl(Runnable task) {
        if (!control.isShutdown()) {
            try {
                control.execute(task);
            } catch (RejectedExecutionException ignored) {
                // Closed meanwhile: late ice4j callbacks have nothing left to update.
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public String toString() {
        return "RTCIceTransport#" + id + "[" + state + ", " + gatheringState + "]";
    }

    @FunctionalInterface
    private interface ControlTask<T> {
        T run() throws Exception;
    }

    /** ice4j's callbacks, moved onto the control thread (packets excepted: they go straight to the demultiplexer). */
    private final class SessionEvents implements Ice4jSession.Events {
        @Override
        public void onIce4jState(Ice4jSession session, IceProcessingState ice4jState) {
            onControl(RTCIceTransport.this::updateState);
        }

        @Override
        public void onGatheredCandidate(Ice4jSession session, IceCandidateInfo candidate) {
            onControl(() -> {
                if (session == newestSession() && !closed) {
                    emit(l -> l.onLocalCandidate(candidate));
                }
            });
        }

        @Override
        public void onGatheringDone(Ice4jSession session) {
            onControl(() -> {
                if (session == newestSession() && !closed) {
                    emit(RTCIceTransportListener::onEndOfLocalCandidates);
                    setGatheringState(RTCIceGathererState.COMPLETE);
                    updateState();
                }
            });
        }

        @Override
        public void onServerError(Ice4jSession session, IceCandidateError error) {
            onControl(() -> {
                if (!closed) {
                    emit(l -> l.onIceCandidateError(error));
                }
            });
        }

        @Override
        public void onPacket(byte[] datagram) {
            packetsReceived.incrementAndGet();
            bytesReceived.addAndGet(datagram.length);
            selectedPairTraffic.received(datagram.length, System.currentTimeMillis());
            demultiplexer.dispatch(datagram);
        }
    }

    /** One RFC 7983 class of the selected pair's datagrams, as a {@link PacketTransport}. */
    private final class ClassPacketTransport implements PacketTransport {
        private final PacketClass packetClass;

        ClassPacketTransport(PacketClass packetClass) {
            this.packetClass = packetClass;
        }

        @Override
        public void send(byte[] data, int offset, int length) throws IOException {
            RTCIceTransport.this.send(data, offset, length);
        }

        @Override
        public void setReceiver(Consumer<byte[]> receiver) {
            demultiplexer.setReceiver(packetClass, receiver);
        }
    }
}
