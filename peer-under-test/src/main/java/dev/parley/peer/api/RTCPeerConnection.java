package dev.parley.peer.api;

import dev.parley.peer.datachannel.RTCDataChannel;
import dev.parley.peer.dtls.CertificateKeyAlgorithm;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.jsep.AnswerBuilder;
import dev.parley.peer.jsep.DescriptionSide;
import dev.parley.peer.jsep.IceParameters;
import dev.parley.peer.jsep.LocalTransportInfo;
import dev.parley.peer.jsep.OfferBuilder;
import dev.parley.peer.jsep.RemoteDescriptionRules;
import dev.parley.peer.jsep.SessionIdentity;
import dev.parley.peer.jsep.SignalingStateMachine;
import dev.parley.peer.jsep.TransceiverPlan;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpCandidate;
import dev.parley.peer.sdp.SdpMedia;
import dev.parley.peer.sdp.SdpParseException;
import dev.parley.peer.sdp.SdpParser;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W3C webrtc-pc section 4.4 RTCPeerConnection: JSEP signaling, transceivers and data channels.
 *
 * <p>Every JSEP method is an operation on one chain (section 4.4.1.2) and returns a CompletableFuture
 * that settles on the event thread, after the events the operation fired. Offers and answers are built
 * by {@link OfferBuilder} and {@link AnswerBuilder}, transceiver bookkeeping is {@link TransceiverSync}'s,
 * stats are {@link StatsCollector}'s; this class holds the state and applies the spec's steps in order.
 * Transports come through a {@link TransportFactory}; with none, nothing is gathered or sent and the
 * gathering and connection states stay "new".
 */
public class RTCPeerConnection extends EventTarget {

    private static final Logger LOG = LoggerFactory.getLogger(RTCPeerConnection.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Object lock = new Object();
    private final int id = IDS.incrementAndGet();
    private final ExecutorService events;
    private final ExecutorService operations;
    private final OperationsChain chain;
    private final TransportFactory transportFactory;
    private final List<RTCCertificate> certificates;
    private final long sessionId = RANDOM.nextLong() & Long.MAX_VALUE;
    private final String cname = UUID.randomUUID().toString().substring(0, 16);
    private final IceParameters initialIce = IceParameters.generate();
    private final SessionDescriptions descriptions = new SessionDescriptions();
    private final List<RTCRtpTransceiver> transceivers = new ArrayList<>();
    private final TransceiverSync sync = new TransceiverSync(transceivers);
    private final List<RTCDataChannel> dataChannels = new ArrayList<>();
    private final List<MediaStream> legacyLocalStreams = new ArrayList<>();
    private final List<String> localCandidates = new ArrayList<>();
    private final TransceiverOwner owner = new Owner();

    private RTCConfiguration configuration;
    private long sessionVersion = 1;
    private volatile boolean closed;
    private RTCSignalingState signalingState = RTCSignalingState.STABLE;
    private RTCIceGatheringState iceGatheringState = RTCIceGatheringState.NEW;
    private RTCIceTransportState iceTransportState = RTCIceTransportState.NEW;
    private RTCDtlsTransportState dtlsTransportState = RTCDtlsTransportState.NEW;
    private ConnectionStates connectionStates = ConnectionStates.INITIAL;
    /** Bumped by every change that makes [[LastCreatedOffer]] or [[LastCreatedAnswer]] stale. */
    private long revision;
    private String lastCreatedOffer;
    private long lastOfferRevision = -1;
    private String lastCreatedAnswer;
    private long lastAnswerRevision = -1;
    /** [[LocalIceCredentialsToReplace]]: the credentials restartIce() wants gone, or null. */
    private IceParameters iceCredentialsToReplace;
    /** Fresh credentials for offers that restart ICE, kept until an offer carrying them is applied. */
    private IceParameters restartCredentials;
    /** Fresh credentials for answering a remote ICE restart. */
    private IceParameters answerCredentials;
    /** This side's DTLS role once an answer decided it: true for client (a=setup:active). */
    private Boolean dtlsClient;
    private TransceiverSync.Snapshot offerSnapshot;
    private boolean dataChannelCreated;
    private int dataChannelsOpened;
    private int dataChannelsClosed;
    private boolean negotiationNeeded;
    private boolean updateNegotiationNeededOnEmptyChain;
    private boolean refireNegotiationNeededOnEmptyChain;
    private PeerTransport transport;
    private IceParameters gatheringIce;
    private boolean gatheringComplete;

    /** new RTCPeerConnection() with the default configuration. */
    public RTCPeerConnection() {
        this(RTCConfiguration.defaults());
    }

    public RTCPeerConnection(RTCConfiguration configuration) {
        this(configuration, TransportFactory.NONE);
    }

    /**
     * new RTCPeerConnection(configuration) (section 4.4.1.3) with the given source of transports.
     *
     * @throws DOMException SyntaxError for a bad ICE server URL, InvalidAccessError for TURN without
     *     credentials or an expired certificate, TypeError for an out-of-range member
     */
    public RTCPeerConnection(RTCConfiguration configuration, TransportFactory transportFactory) {
        this(configuration, transportFactory, Executors.newSingleThreadExecutor(
                daemon("parley-pc-" + IDS.get() + "-events")));
    }

    private RTCPeerConnection(RTCConfiguration configuration, TransportFactory transportFactory,
                              ExecutorService events) {
        super(events);
        ConfigurationRules.validate(configuration, System.currentTimeMillis());
        this.events = events;
        this.operations = Executors.newSingleThreadExecutor(daemon("parley-pc-" + id + "-operations"));
        this.chain = new OperationsChain(operations, events, () -> closed, this::onChainEmpty);
        this.transportFactory = transportFactory;
        this.certificates = configuration.certificates().isEmpty() ? List.of(RTCCertificate.generate())
                : configuration.certificates();
        this.configuration = configuration;
    }

    // ---- static members -------------------------------------------------------------------------

    /** generateCertificate({name: "ECDSA", namedCurve: "P-256"}), the browsers' default. */
    public static CompletableFuture<RTCCertificate> generateCertificate() {
        return generateCertificate(CertificateKeyAlgorithm.ecdsaP256(), null);
    }

    /**
     * generateCertificate(keygenAlgorithm) with an "expires" member in milliseconds (null for the
     * 30-day default). A negative expires is a TypeError; 0 gives a certificate that has expired.
     */
    public static CompletableFuture<RTCCertificate> generateCertificate(CertificateKeyAlgorithm algorithm,
                                                                        Long expires) {
        if (expires != null && expires < 0) {
            return CompletableFuture.failedFuture(new TypeError("expires must not be negative: " + expires));
        }
        Duration lifetime = expires == null ? RTCCertificate.DEFAULT_LIFETIME : Duration.ofMillis(expires);
        return CompletableFuture.supplyAsync(() -> RTCCertificate.generate(algorithm, lifetime));
    }

    /**
     * generateCertificate("ECDSA") or ("RSASSA-PKCS1-v1_5"); any other algorithm name is a
     * NotSupportedError, as are key parameters browsers do not accept.
     */
    public static CompletableFuture<RTCCertificate> generateCertificate(String algorithmName) {
        try {
            CertificateKeyAlgorithm algorithm = switch (algorithmName) {
                case "ECDSA" -> CertificateKeyAlgorithm.ecdsaP256();
                case "RSASSA-PKCS1-v1_5" -> CertificateKeyAlgorithm.rsa2048();
                default -> throw DOMException.notSupported("unsupported key algorithm '" + algorithmName + "'");
            };
            return generateCertificate(algorithm, null);
        } catch (DOMException e) {
            return CompletableFuture.failedFuture(e);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(DOMException.notSupported(e.getMessage()));
        }
    }

    // ---- attributes -----------------------------------------------------------------------------

    public RTCSessionDescription localDescription() {
        synchronized (lock) {
            return description(descriptions.local());
        }
    }

    public RTCSessionDescription currentLocalDescription() {
        synchronized (lock) {
            return description(descriptions.currentLocal());
        }
    }

    public RTCSessionDescription pendingLocalDescription() {
        synchronized (lock) {
            return description(descriptions.pendingLocal());
        }
    }

    public RTCSessionDescription remoteDescription() {
        synchronized (lock) {
            return description(descriptions.remote());
        }
    }

    public RTCSessionDescription currentRemoteDescription() {
        synchronized (lock) {
            return description(descriptions.currentRemote());
        }
    }

    public RTCSessionDescription pendingRemoteDescription() {
        synchronized (lock) {
            return description(descriptions.pendingRemote());
        }
    }

    public RTCSignalingState signalingState() {
        synchronized (lock) {
            return signalingState;
        }
    }

    public RTCIceGatheringState iceGatheringState() {
        synchronized (lock) {
            return iceGatheringState;
        }
    }

    public RTCIceConnectionState iceConnectionState() {
        synchronized (lock) {
            return connectionStates.ice();
        }
    }

    public RTCPeerConnectionState connectionState() {
        synchronized (lock) {
            return connectionStates.connection();
        }
    }

    /**
     * canTrickleIceCandidates (section 4.4.1.4): null until a remote description is set, then whether it
     * says {@code a=ice-options:trickle}.
     */
    public Boolean canTrickleIceCandidates() {
        synchronized (lock) {
            SessionDescriptions.Entry remote = descriptions.remote();
            if (remote == null) {
                return null;
            }
            Sdp sdp = remote.sdp();
            return hasTrickle(sdp.attributes("ice-options"))
                    || sdp.media().stream().anyMatch(m -> hasTrickle(m.attributes("ice-options")));
        }
    }

    // ---- offer / answer -------------------------------------------------------------------------

    public CompletableFuture<RTCSessionDescriptionInit> createOffer() {
        return createOffer(RTCOfferOptions.DEFAULT);
    }

    /** createOffer(options) (section 4.4.1.6): InvalidStateError unless stable or have-local-offer. */
    public CompletableFuture<RTCSessionDescriptionInit> createOffer(RTCOfferOptions options) {
        return chain.chain("createOffer", () -> {
            synchronized (lock) {
                if (signalingState != RTCSignalingState.STABLE
                        && signalingState != RTCSignalingState.HAVE_LOCAL_OFFER) {
                    throw DOMException.invalidState("createOffer() in signaling state " + signalingState);
                }
                return new RTCSessionDescriptionInit(RTCSdpType.OFFER, buildOffer(options.iceRestart()));
            }
        });
    }

    /** createAnswer() (section 4.4.1.6): InvalidStateError unless have-remote-offer or have-local-pranswer. */
    public CompletableFuture<RTCSessionDescriptionInit> createAnswer() {
        return chain.chain("createAnswer", () -> {
            synchronized (lock) {
                if (signalingState != RTCSignalingState.HAVE_REMOTE_OFFER
                        && signalingState != RTCSignalingState.HAVE_LOCAL_PRANSWER) {
                    throw DOMException.invalidState("createAnswer() in signaling state " + signalingState);
                }
                return new RTCSessionDescriptionInit(RTCSdpType.ANSWER, buildAnswer());
            }
        });
    }

    /** setLocalDescription() without arguments: the offer or answer the state calls for (section 4.4.1.6). */
    public CompletableFuture<Void> setLocalDescription() {
        return setLocalDescription(new RTCSessionDescriptionInit(null, null));
    }

    /**
     * setLocalDescription(description) (section 4.4.1.6). An offer or answer must be the one last created
     * (InvalidModificationError otherwise); an empty sdp uses it, or creates one.
     */
    public CompletableFuture<Void> setLocalDescription(RTCSessionDescriptionInit description) {
        RTCSessionDescriptionInit init = description == null ? new RTCSessionDescriptionInit(null, null)
                : description;
        return chain.chain("setLocalDescription", () -> {
            synchronized (lock) {
                applyLocal(init);
                return null;
            }
        });
    }

    /**
     * setRemoteDescription(description) (section 4.4.1.6): TypeError without a type, InvalidStateError
     * for a transition the state machine refuses, RTCError (OperationError) for SDP that does not parse,
     * InvalidAccessError for SDP that breaks JSEP rules.
     */
    public CompletableFuture<Void> setRemoteDescription(RTCSessionDescriptionInit description) {
        if (description == null || description.type() == null) {
            return CompletableFuture.failedFuture(new TypeError("setRemoteDescription() requires a type"));
        }
        return chain.chain("setRemoteDescription", () -> {
            synchronized (lock) {
                applyRemote(description);
                return null;
            }
        });
    }

    /** addIceCandidate() with no candidate: end of all remote candidates. */
    public CompletableFuture<Void> addIceCandidate() {
        return addIceCandidate(new RTCIceCandidateInit("", null, null, null), true);
    }

    /**
     * addIceCandidate(candidate) (section 4.4.1.6): TypeError without sdpMid and sdpMLineIndex,
     * InvalidStateError without a remote description, OperationError for an unknown mid, index or ufrag,
     * or a candidate line that does not parse. An empty candidate ends the candidates of its section.
     */
    public CompletableFuture<Void> addIceCandidate(RTCIceCandidateInit candidate) {
        if (candidate == null) {
            return addIceCandidate();
        }
        if (candidate.sdpMid() == null && candidate.sdpMLineIndex() == null
                && candidate.candidate() != null && !candidate.candidate().isEmpty()) {
            return CompletableFuture.failedFuture(new TypeError("candidate needs sdpMid or sdpMLineIndex"));
        }
        return addIceCandidate(candidate, false);
    }

    private CompletableFuture<Void> addIceCandidate(RTCIceCandidateInit candidate, boolean allSections) {
        return chain.chain("addIceCandidate", () -> {
            synchronized (lock) {
                addRemoteCandidate(candidate, allSections);
                return null;
            }
        });
    }

    /** restartIce() (section 4.4.1.6): the next offer carries new ICE credentials. */
    public void restartIce() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            iceCredentialsToReplace = currentLocalIce();
            revision++;
        }
        updateNegotiationNeeded();
    }

    // ---- configuration --------------------------------------------------------------------------

    /** getConfiguration(): the configuration in effect, with the certificates in use. */
    public RTCConfiguration getConfiguration() {
        synchronized (lock) {
            return configuration.withCertificates(certificates);
        }
    }

    /**
     * setConfiguration(configuration) (section 4.4.1.6): InvalidStateError once closed,
     * InvalidModificationError for a change of certificates, bundlePolicy, rtcpMuxPolicy or (after
     * setLocalDescription) iceCandidatePoolSize, and the constructor's checks.
     */
    public void setConfiguration(RTCConfiguration next) {
        synchronized (lock) {
            owner.checkNotClosed("setConfiguration");
            ConfigurationRules.checkModification(getConfiguration(), next, descriptions.local() != null);
            ConfigurationRules.validate(next, System.currentTimeMillis());
            configuration = next;
        }
    }

    // ---- media ----------------------------------------------------------------------------------

    /**
     * addTrack(track, ...streams) (section 5.1): InvalidStateError once closed, InvalidAccessError for a
     * track already sent; reuses a transceiver that never sent, else creates a sendrecv one.
     */
    public RTCRtpSender addTrack(MediaStreamTrack track, MediaStream... streams) {
        List<String> streamIds = new ArrayList<>();
        for (MediaStream s : streams) {
            if (!streamIds.contains(s.id())) {
                streamIds.add(s.id());
            }
        }
        RTCRtpSender sender;
        synchronized (lock) {
            owner.checkNotClosed("addTrack");
            for (RTCRtpTransceiver t : transceivers) {
                if (t.sender().track() == track && !t.isStopped()) {
                    throw DOMException.invalidAccess("track " + track.id() + " is already sent by a sender");
                }
            }
            RTCRtpTransceiver reusable = transceivers.stream()
                    .filter(t -> t.kind().equals(track.kind()) && t.sender().track() == null && !t.isStopping()
                            && !t.everSent())
                    .findFirst().orElse(null);
            if (reusable != null) {
                sender = reusable.sender();
                sender.setTrack(track);
                sender.setAssociatedStreamIds(streamIds);
                if (reusable.origin() == RTCRtpTransceiver.Origin.REMOTE_OFFER) {
                    reusable.setOrigin(RTCRtpTransceiver.Origin.ADD_TRACK);
                }
                RTCRtpTransceiverDirection d = reusable.direction();
                if (d == RTCRtpTransceiverDirection.RECVONLY) {
                    reusable.setDirectionInternal(RTCRtpTransceiverDirection.SENDRECV);
                } else if (d == RTCRtpTransceiverDirection.INACTIVE) {
                    reusable.setDirectionInternal(RTCRtpTransceiverDirection.SENDONLY);
                }
            } else {
                sender = newTransceiver(track.kind(), track, streamIds, RTCRtpTransceiverDirection.SENDRECV,
                        RTCRtpTransceiver.Origin.ADD_TRACK).sender();
            }
            revision++;
        }
        updateNegotiationNeeded();
        return sender;
    }

    /**
     * removeTrack(sender) (section 5.1): InvalidAccessError for a sender of another connection; the
     * transceiver stops sending and negotiation is needed.
     */
    public void removeTrack(RTCRtpSender sender) {
        synchronized (lock) {
            owner.checkNotClosed("removeTrack");
            RTCRtpTransceiver t = transceivers.stream().filter(x -> x.sender() == sender).findFirst()
                    .orElseThrow(() -> DOMException.invalidAccess("the sender does not belong to this connection"));
            if (t.isStopping() || sender.track() == null) {
                return;
            }
            sender.setTrack(null);
            RTCRtpTransceiverDirection d = t.direction();
            if (d == RTCRtpTransceiverDirection.SENDRECV) {
                t.setDirectionInternal(RTCRtpTransceiverDirection.RECVONLY);
            } else if (d == RTCRtpTransceiverDirection.SENDONLY) {
                t.setDirectionInternal(RTCRtpTransceiverDirection.INACTIVE);
            }
            revision++;
        }
        updateNegotiationNeeded();
    }

    /** addTransceiver(kind, init) (section 5.1): TypeError for a kind other than audio or video. */
    public RTCRtpTransceiver addTransceiver(String kind, RTCRtpTransceiverInit init) {
        if (!"audio".equals(kind) && !"video".equals(kind)) {
            throw new TypeError("addTransceiver() kind must be audio or video, not '" + kind + "'");
        }
        return addTransceiver(kind, null, init);
    }

    public RTCRtpTransceiver addTransceiver(String kind) {
        return addTransceiver(kind, new RTCRtpTransceiverInit(null, null));
    }

    /** addTransceiver(track, init) (section 5.1). */
    public RTCRtpTransceiver addTransceiver(MediaStreamTrack track, RTCRtpTransceiverInit init) {
        return addTransceiver(track.kind(), track, init);
    }

    private RTCRtpTransceiver addTransceiver(String kind, MediaStreamTrack track, RTCRtpTransceiverInit init) {
        RTCRtpTransceiverInit options = init == null ? new RTCRtpTransceiverInit(null, null) : init;
        if (options.direction() == RTCRtpTransceiverDirection.STOPPED) {
            throw new TypeError("addTransceiver() direction cannot be 'stopped'");
        }
        RTCRtpTransceiver t;
        synchronized (lock) {
            owner.checkNotClosed("addTransceiver");
            List<String> ids = options.streams().stream().map(MediaStream::id).distinct().toList();
            t = newTransceiver(kind, track, ids, options.direction(), RTCRtpTransceiver.Origin.ADD_TRANSCEIVER);
            revision++;
        }
        updateNegotiationNeeded();
        return t;
    }

    public List<RTCRtpTransceiver> getTransceivers() {
        synchronized (lock) {
            return List.copyOf(transceivers);
        }
    }

    public List<RTCRtpSender> getSenders() {
        synchronized (lock) {
            return transceivers.stream().filter(t -> !t.isStopped()).map(RTCRtpTransceiver::sender).toList();
        }
    }

    public List<RTCRtpReceiver> getReceivers() {
        synchronized (lock) {
            return transceivers.stream().filter(t -> !t.isStopped()).map(RTCRtpTransceiver::receiver).toList();
        }
    }

    // ---- data channels --------------------------------------------------------------------------

    public RTCDataChannel createDataChannel(String label) {
        return createDataChannel(label, RTCDataChannelInit.DEFAULT);
    }

    /**
     * createDataChannel(label, options) (section 6.1): InvalidStateError once closed, TypeError for the
     * option checks of {@link RTCDataChannelInit#check}, OperationError for an id another channel uses.
     * The channel starts "connecting"; the first one makes negotiation needed.
     */
    public RTCDataChannel createDataChannel(String label, RTCDataChannelInit init) {
        RTCDataChannelInit options = init == null ? RTCDataChannelInit.DEFAULT : init;
        RTCDataChannel channel;
        boolean first;
        synchronized (lock) {
            owner.checkNotClosed("createDataChannel");
            options.check(label);
            if (options.id() != null && dataChannels.stream().anyMatch(c -> options.id().equals(c.id())
                    && c.readyState() != dev.parley.peer.datachannel.RTCDataChannelState.CLOSED)) {
                throw DOMException.operation("data channel id " + options.id() + " is already in use");
            }
            channel = new RTCDataChannel(label, options, events);
            dataChannels.add(channel);
            first = !dataChannelCreated;
            dataChannelCreated = true;
            revision++;
        }
        if (first) {
            updateNegotiationNeeded();
        }
        return channel;
    }

    // ---- stats and close ------------------------------------------------------------------------

    /** getStats() (section 8.2): the stats objects that exist without transports. */
    public CompletableFuture<RTCStatsReport> getStats() {
        RTCStatsReport report;
        synchronized (lock) {
            report = StatsCollector.collect(System.currentTimeMillis(),
                    new StatsCollector.Counts(dataChannelsOpened, dataChannelsClosed), certificates.get(0),
                    List.copyOf(dataChannels), List.copyOf(transceivers));
        }
        CompletableFuture<RTCStatsReport> promise = new CompletableFuture<>();
        try {
            events.execute(() -> promise.complete(report));
        } catch (RejectedExecutionException e) {
            promise.complete(report);
        }
        return promise;
    }

    /**
     * close() (section 4.4.1.6): states go to closed without events, transceivers stop, channels close,
     * pending operations never settle.
     */
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            signalingState = RTCSignalingState.CLOSED;
            transceivers.forEach(RTCRtpTransceiver::stopCompletely);
            for (RTCDataChannel channel : dataChannels) {
                if (channel.readyState() != dev.parley.peer.datachannel.RTCDataChannelState.CLOSED) {
                    channel.connectionClosed();
                }
            }
            if (transport != null) {
                transport.close();
                transport = null;
            }
            connectionStates = ConnectionStates.compute(true, iceTransportState, dtlsTransportState);
        }
        operations.shutdown();
        events.shutdown();
        LOG.debug("RTCPeerConnection {} closed", id);
    }

    // ---- events ---------------------------------------------------------------------------------

    /** Registers a typed observer; its hooks run on the event thread among the other listeners. */
    public void addObserver(RTCPeerConnectionObserver observer) {
        ObserverAdapter.register(this::addEventListener, observer);
    }

    public void setOnnegotiationneeded(EventListener l) {
        setEventHandler("negotiationneeded", l);
    }

    public void setOnsignalingstatechange(EventListener l) {
        setEventHandler("signalingstatechange", l);
    }

    public void setOnicegatheringstatechange(EventListener l) {
        setEventHandler("icegatheringstatechange", l);
    }

    public void setOniceconnectionstatechange(EventListener l) {
        setEventHandler("iceconnectionstatechange", l);
    }

    public void setOnconnectionstatechange(EventListener l) {
        setEventHandler("connectionstatechange", l);
    }

    public void setOnicecandidate(EventListener l) {
        setEventHandler("icecandidate", l);
    }

    public void setOnicecandidateerror(EventListener l) {
        setEventHandler("icecandidateerror", l);
    }

    public void setOntrack(EventListener l) {
        setEventHandler("track", l);
    }

    public void setOndatachannel(EventListener l) {
        setEventHandler("datachannel", l);
    }

    @Deprecated
    public void setOnaddstream(EventListener l) {
        setEventHandler("addstream", l);
    }

    @Deprecated
    public void setOnremovestream(EventListener l) {
        setEventHandler("removestream", l);
    }

    // ---- legacy members browsers still have ---------------------------------------------------------

    /** addStream(stream): addTrack for each of its tracks not sent yet (Chrome's legacy behaviour). */
    @Deprecated
    public void addStream(MediaStream stream) {
        synchronized (lock) {
            owner.checkNotClosed("addStream");
            if (!legacyLocalStreams.contains(stream)) {
                legacyLocalStreams.add(stream);
            }
        }
        for (MediaStreamTrack track : stream.getTracks()) {
            boolean sent = getSenders().stream().anyMatch(s -> s.track() == track);
            if (!sent) {
                addTrack(track, stream);
            }
        }
    }

    /** removeStream(stream): removeTrack for each sender of one of its tracks. */
    @Deprecated
    public void removeStream(MediaStream stream) {
        synchronized (lock) {
            owner.checkNotClosed("removeStream");
            legacyLocalStreams.remove(stream);
        }
        for (RTCRtpSender sender : getSenders()) {
            if (sender.track() != null && stream.getTracks().contains(sender.track())) {
                removeTrack(sender);
            }
        }
    }

    @Deprecated
    public List<MediaStream> getLocalStreams() {
        synchronized (lock) {
            return List.copyOf(legacyLocalStreams);
        }
    }

    /**
     * createDTMFSender(track): the DTMF sender of the sender of an audio track. As in Chrome, a track no
     * sender carries is a SyntaxError.
     */
    @Deprecated
    public RTCDTMFSender createDTMFSender(MediaStreamTrack track) {
        synchronized (lock) {
            owner.checkNotClosed("createDTMFSender");
            RTCRtpSender sender = transceivers.stream().map(RTCRtpTransceiver::sender)
                    .filter(s -> s.track() == track).findFirst()
                    .orElseThrow(() -> DOMException.syntax("No local stream is available for the track provided."));
            if (sender.dtmf() == null) {
                throw DOMException.notSupported("DTMF needs an audio track, not " + track.kind());
            }
            return sender.dtmf();
        }
    }

    // ---- JSEP steps (all called under lock on the operations thread) ---------------------------------

    private void applyLocal(RTCSessionDescriptionInit init) {
        RTCSdpType type = init.type();
        if (type == RTCSdpType.ROLLBACK) {
            SignalingStateMachine.next(signalingState, DescriptionSide.LOCAL, type);
            rollback();
            return;
        }
        if (type == null) {
            type = signalingState == RTCSignalingState.STABLE || signalingState == RTCSignalingState.HAVE_LOCAL_OFFER
                    || signalingState == RTCSignalingState.HAVE_REMOTE_PRANSWER ? RTCSdpType.OFFER : RTCSdpType.ANSWER;
        }
        RTCSignalingState next = SignalingStateMachine.next(signalingState, DescriptionSide.LOCAL, type);
        String text = init.sdp();
        boolean offer = type == RTCSdpType.OFFER;
        if (text == null || text.isEmpty()) {
            if (offer) {
                text = lastCreatedOffer != null && lastOfferRevision == revision ? lastCreatedOffer : buildOffer(false);
            } else {
                text = lastCreatedAnswer != null && lastAnswerRevision == revision ? lastCreatedAnswer : buildAnswer();
            }
        } else if (!text.equals(offer ? lastCreatedOffer : lastCreatedAnswer)) {
            throw DOMException.invalidModification("the " + type.spec() + " is not the one last created by "
                    + (offer ? "createOffer()" : "createAnswer()") + "; SDP munging is not allowed");
        }
        Sdp sdp;
        try {
            sdp = SdpParser.parse(text);
        } catch (SdpParseException e) {
            throw RTCError.sdpSyntax(e.getMessage(), e.lineNumber());
        }
        if (offer) {
            if (signalingState == RTCSignalingState.STABLE) {
                offerSnapshot = sync.snapshot();
            }
            sync.associateLocalOffer(sdp);
        }
        descriptions.apply(DescriptionSide.LOCAL, new SessionDescriptions.Entry(new RTCSessionDescription(type, text), sdp));
        if (type == RTCSdpType.ANSWER) {
            sync.applyAnswer(sdp, true);
            dtlsClient = sdp.media().stream().filter(m -> !m.isRejected()).findFirst()
                    .flatMap(m -> sdp.mediaOrSessionAttribute(m, "setup")).map(s -> s.trim().equals("active"))
                    .orElse(dtlsClient);
        }
        if (restartCredentials != null && restartCredentials.equals(currentLocalIce())) {
            restartCredentials = null;
        }
        startTransports();
        transition(next);
    }

    private void applyRemote(RTCSessionDescriptionInit init) {
        RTCSdpType type = init.type();
        if (type == RTCSdpType.ROLLBACK) {
            SignalingStateMachine.next(signalingState, DescriptionSide.REMOTE, type);
            rollback();
            return;
        }
        RTCSignalingState next = SignalingStateMachine.next(signalingState, DescriptionSide.REMOTE, type);
        if (SignalingStateMachine.needsImplicitRollback(signalingState, DescriptionSide.REMOTE, type)) {
            rollback();
        }
        String text = init.sdp() == null ? "" : init.sdp();
        boolean answer = type == RTCSdpType.ANSWER || type == RTCSdpType.PRANSWER;
        SessionDescriptions.Entry sentOffer = descriptions.pendingLocal();
        Sdp sdp = RemoteDescriptionRules.parse(text, type, answer && sentOffer != null ? sentOffer.sdp() : null,
                type == RTCSdpType.OFFER ? descriptions.negotiated() : null);
        if (type == RTCSdpType.OFFER) {
            if (signalingState == RTCSignalingState.STABLE) {
                offerSnapshot = sync.snapshot();
            }
            sync.associateRemoteOffer(sdp, kind -> newTransceiver(kind, null, List.of(),
                    RTCRtpTransceiverDirection.RECVONLY, RTCRtpTransceiver.Origin.REMOTE_OFFER));
            answerCredentials = isIceRestart(sdp) ? IceParameters.generate() : null;
        }
        descriptions.apply(DescriptionSide.REMOTE, new SessionDescriptions.Entry(new RTCSessionDescription(type, text), sdp));
        if (type == RTCSdpType.ANSWER) {
            sync.applyAnswer(sdp, false);
            dtlsClient = sdp.media().stream().filter(m -> !m.isRejected()).findFirst()
                    .flatMap(m -> sdp.mediaOrSessionAttribute(m, "setup")).map(s -> s.trim().equals("passive"))
                    .orElse(dtlsClient);
        }
        TransceiverSync.RemoteChanges changes = sync.processRemoteTracks(sdp);
        startTransports();
        transition(next);
        fireRemoteChanges(changes);
    }

    /** Rollback (section 4.4.1.5): back to stable, undoing what the pending offer did to transceivers. */
    private void rollback() {
        if (offerSnapshot != null) {
            sync.rollback(offerSnapshot);
            offerSnapshot = null;
        }
        descriptions.rollback();
        answerCredentials = null;
        if (descriptions.currentLocal() == null && transport != null) {
            // The original offer is rolled back: its transport goes, and gathering is "new" again.
            transport.close();
            transport = null;
            gatheringIce = null;
            localCandidates.clear();
            setGatheringState(RTCIceGatheringState.NEW);
        }
        transition(RTCSignalingState.STABLE);
    }

    private void transition(RTCSignalingState next) {
        revision++;
        if (next != signalingState) {
            signalingState = next;
            queueEvent(new StateChangeEvent("signalingstatechange", next));
        }
        if (next == RTCSignalingState.STABLE) {
            if (iceCredentialsToReplace != null && !iceCredentialsToReplace.equals(currentLocalIce())) {
                iceCredentialsToReplace = null;
            }
            offerSnapshot = null;
            // "Update the negotiation-needed flag" (section 4.4.1.5): deferred until the chain is empty,
            // re-firing if the flag was already set and negotiation is still needed.
            if (!isNegotiationNeeded()) {
                negotiationNeeded = false;
            } else {
                refireNegotiationNeededOnEmptyChain = negotiationNeeded;
                updateNegotiationNeededOnEmptyChain = true;
            }
        }
    }

    private void fireRemoteChanges(TransceiverSync.RemoteChanges changes) {
        for (MediaStream s : changes.removedStreams()) {
            queueEvent(new MediaStreamEvent("removestream", s));
        }
        for (MediaStream s : changes.addedStreams()) {
            queueEvent(new MediaStreamEvent("addstream", s));
        }
        changes.tracks().forEach(this::queueEvent);
    }

    private String buildOffer(boolean iceRestart) {
        IceParameters ice = currentLocalIce();
        if (iceRestart || iceCredentialsToReplace != null) {
            if (restartCredentials == null) {
                restartCredentials = IceParameters.generate();
            }
            ice = restartCredentials;
        }
        SessionDescriptions.Entry base = descriptions.local();
        Sdp sdp = OfferBuilder.build(new OfferBuilder.Input(nextSession(), transportInfo(ice), cname, plans(),
                dataChannelCreated, base != null ? base.sdp() : descriptions.negotiated()));
        lastCreatedOffer = sdp.toString();
        lastOfferRevision = revision;
        return lastCreatedOffer;
    }

    private String buildAnswer() {
        IceParameters ice = answerCredentials != null ? answerCredentials : currentLocalIce();
        Sdp offer = descriptions.remote().sdp();
        Sdp sdp = AnswerBuilder.build(new AnswerBuilder.Input(nextSession(), transportInfo(ice), cname, plans(),
                offer, setupRole(offer)));
        lastCreatedAnswer = sdp.toString();
        lastAnswerRevision = revision;
        return lastCreatedAnswer;
    }

    /** The answerer's a=setup (RFC 8842 section 5.3): keep an established role, else active as Chrome does. */
    private String setupRole(Sdp offer) {
        if (dtlsClient != null) {
            return dtlsClient ? "active" : "passive";
        }
        String offered = offer.media().stream().filter(m -> !m.isRejected()).findFirst()
                .flatMap(m -> offer.mediaOrSessionAttribute(m, "setup")).orElse("actpass").trim();
        return offered.equals("active") ? "passive" : "active";
    }

    private SessionIdentity nextSession() {
        return new SessionIdentity(sessionId, ++sessionVersion);
    }

    private LocalTransportInfo transportInfo(IceParameters ice) {
        boolean current = ice.equals(gatheringIce);
        List<RTCDtlsFingerprint> fingerprints = certificates.stream()
                .flatMap(c -> c.getFingerprints().stream()).toList();
        return new LocalTransportInfo(ice, fingerprints, current ? localCandidates : List.of(),
                current && gatheringComplete);
    }

    private List<TransceiverPlan> plans() {
        return transceivers.stream().map(t -> new TransceiverPlan(t.mid(), t.kind(), t.direction(),
                t.sender().associatedStreamIds(), t.sender().msidTrackId(), t.sender().ssrc(), t.sender().rtxSsrc(),
                t.isStopping())).toList();
    }

    /** The ICE credentials of the local description in effect, or the ones generated at construction. */
    private IceParameters currentLocalIce() {
        SessionDescriptions.Entry local = descriptions.local();
        return local == null ? initialIce : iceOf(local.sdp()).orElse(initialIce);
    }

    private static java.util.Optional<IceParameters> iceOf(Sdp sdp) {
        return sdp.media().stream().filter(m -> !m.isRejected()).findFirst().flatMap(m -> {
            java.util.Optional<String> ufrag = sdp.mediaOrSessionAttribute(m, "ice-ufrag");
            java.util.Optional<String> pwd = sdp.mediaOrSessionAttribute(m, "ice-pwd");
            return ufrag.isPresent() && pwd.isPresent()
                    ? java.util.Optional.of(new IceParameters(ufrag.get().trim(), pwd.get().trim()))
                    : java.util.Optional.empty();
        });
    }

    /** A remote offer restarts ICE when its credentials differ from the current remote ones (RFC 8839 4.4.1.1.1). */
    private boolean isIceRestart(Sdp offer) {
        SessionDescriptions.Entry current = descriptions.currentRemote();
        return current != null && !iceOf(current.sdp()).equals(iceOf(offer));
    }

    private void addRemoteCandidate(RTCIceCandidateInit init, boolean allSections) {
        SessionDescriptions.Entry remote = descriptions.remote();
        if (remote == null) {
            throw DOMException.invalidState("addIceCandidate() before setRemoteDescription()");
        }
        List<SdpMedia> media = remote.sdp().media();
        String candidate = init.candidate() == null ? "" : init.candidate();
        if (allSections) {
            for (int i = 0; i < media.size(); i++) {
                descriptions.addRemoteCandidate(i, "");
            }
            if (transport != null) {
                transport.addRemoteCandidate("");
            }
            return;
        }
        int index = -1;
        if (init.sdpMid() != null) {
            for (int i = 0; i < media.size(); i++) {
                if (media.get(i).mid().map(init.sdpMid()::equals).orElse(false)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw DOMException.operation("no m= section has mid '" + init.sdpMid() + "'");
            }
        } else {
            index = init.sdpMLineIndex();
            if (index < 0 || index >= media.size()) {
                throw DOMException.operation("sdpMLineIndex " + index + " is out of range (" + media.size()
                        + " m= sections)");
            }
        }
        String ufrag = init.usernameFragment();
        if (ufrag != null) {
            String expected = remote.sdp().mediaOrSessionAttribute(media.get(index), "ice-ufrag").orElse("").trim();
            if (!ufrag.equals(expected)) {
                throw DOMException.operation("usernameFragment '" + ufrag + "' matches no remote ICE generation");
            }
        }
        if (!candidate.isEmpty()) {
            try {
                SdpCandidate.parse(candidate);
            } catch (SdpParseException e) {
                throw DOMException.operation("cannot parse candidate: " + e.getMessage());
            }
        }
        String value = candidate.startsWith("candidate:") ? candidate.substring("candidate:".length()) : candidate;
        descriptions.addRemoteCandidate(index, value);
        if (transport != null) {
            transport.addRemoteCandidate(candidate);
        }
    }

    // ---- transports -----------------------------------------------------------------------------

    /** Creates the transport at the first local description, (re)starts gathering, starts ICE + DTLS. */
    private void startTransports() {
        SessionDescriptions.Entry local = descriptions.local();
        if (local == null) {
            return;
        }
        if (transport == null) {
            transport = transportFactory.create(configuration, certificates.get(0), new TransportEvents())
                    .orElse(null);
            if (transport == null) {
                return;
            }
        }
        IceParameters ice = currentLocalIce();
        if (!ice.equals(gatheringIce)) {
            gatheringIce = ice;
            gatheringComplete = false;
            localCandidates.clear();
            transport.startGathering(ice);
            setGatheringState(RTCIceGatheringState.GATHERING);
        }
        SessionDescriptions.Entry remote = descriptions.remote();
        if (remote != null && dtlsClient != null) {
            List<RTCDtlsFingerprint> fingerprints = new ArrayList<>();
            Sdp sdp = remote.sdp();
            sdp.media().stream().filter(m -> !m.isRejected()).findFirst().ifPresent(m -> {
                List<String> values = m.attributes("fingerprint").isEmpty() ? sdp.attributes("fingerprint")
                        : m.attributes("fingerprint");
                for (String v : values) {
                    String[] parts = v.trim().split("\\s+");
                    fingerprints.add(new RTCDtlsFingerprint(parts[0], parts[1]));
                }
                m.attributes("candidate").forEach(c -> transport.addRemoteCandidate("candidate:" + c));
            });
            iceOf(sdp).ifPresent(ice2 -> transport.start(ice2, fingerprints, dtlsClient));
        }
    }

    private void setGatheringState(RTCIceGatheringState state) {
        if (state != iceGatheringState) {
            iceGatheringState = state;
            queueEvent(new StateChangeEvent("icegatheringstatechange", state));
        }
    }

    private void updateConnectionStates() {
        ConnectionStates next = ConnectionStates.compute(closed, iceTransportState, dtlsTransportState);
        ConnectionStates previous = connectionStates;
        connectionStates = next;
        if (next.ice() != previous.ice()) {
            queueEvent(new StateChangeEvent("iceconnectionstatechange", next.ice()));
        }
        if (next.connection() != previous.connection()) {
            queueEvent(new StateChangeEvent("connectionstatechange", next.connection()));
        }
    }

    /** Transport reports, taken under the lock and turned into queued events. */
    private final class TransportEvents implements PeerTransport.Listener {

        @Override
        public void onLocalCandidate(String candidate) {
            synchronized (lock) {
                if (closed) {
                    return;
                }
                localCandidates.add(candidate);
                SessionDescriptions.Entry local = descriptions.local();
                String mid = local == null ? null : local.sdp().media().stream().filter(m -> !m.isRejected())
                        .findFirst().flatMap(SdpMedia::mid).orElse(null);
                RTCIceCandidate c = new RTCIceCandidate(new RTCIceCandidateInit(candidate, mid, 0,
                        gatheringIce == null ? null : gatheringIce.usernameFragment()));
                queueEvent(new RTCPeerConnectionIceEvent(c, null));
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
                queueEvent(new RTCPeerConnectionIceEvent(null, null));
            }
        }

        @Override
        public void onIceTransportStateChange(RTCIceTransportState state) {
            synchronized (lock) {
                if (!closed) {
                    iceTransportState = state;
                    updateConnectionStates();
                }
            }
        }

        @Override
        public void onDtlsTransportStateChange(RTCDtlsTransportState state) {
            synchronized (lock) {
                if (!closed) {
                    dtlsTransportState = state;
                    updateConnectionStates();
                }
            }
        }
    }

    // ---- negotiation-needed (section 4.7.3) -------------------------------------------------------

    private boolean isNegotiationNeeded() {
        return NegotiationNeededCheck.isNeeded(iceCredentialsToReplace != null, descriptions.currentLocal(),
                descriptions.currentRemote(), dataChannelCreated, transceivers);
    }

    /** "Update the negotiation-needed flag": now if the chain is empty, else once it empties. */
    private void updateNegotiationNeeded() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (chain.length() > 0) {
                updateNegotiationNeededOnEmptyChain = true;
                return;
            }
        }
        queueTask(() -> negotiationNeededTask(false));
    }

    private void onChainEmpty() {
        boolean refire;
        synchronized (lock) {
            if (!updateNegotiationNeededOnEmptyChain) {
                return;
            }
            updateNegotiationNeededOnEmptyChain = false;
            refire = refireNegotiationNeededOnEmptyChain;
            refireNegotiationNeededOnEmptyChain = false;
        }
        queueTask(() -> negotiationNeededTask(refire));
    }

    /** The queued task of "update the negotiation-needed flag", on the event thread. */
    private void negotiationNeededTask(boolean refire) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (chain.length() > 0) {
                updateNegotiationNeededOnEmptyChain = true;
                refireNegotiationNeededOnEmptyChain |= refire;
                return;
            }
            if (signalingState != RTCSignalingState.STABLE) {
                return;
            }
            if (!isNegotiationNeeded()) {
                negotiationNeeded = false;
                return;
            }
            if (negotiationNeeded && !refire) {
                return;
            }
            negotiationNeeded = true;
        }
        fire(new Event("negotiationneeded"));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private RTCRtpTransceiver newTransceiver(String kind, MediaStreamTrack track, List<String> streamIds,
                                             RTCRtpTransceiverDirection direction, RTCRtpTransceiver.Origin origin) {
        RTCRtpSender sender = new RTCRtpSender(kind, track, streamIds, owner);
        RTCRtpTransceiver t = new RTCRtpTransceiver(kind, sender, direction, origin, owner);
        transceivers.add(t);
        return t;
    }

    private static RTCSessionDescription description(SessionDescriptions.Entry entry) {
        return entry == null ? null : entry.description();
    }

    private static boolean hasTrickle(List<String> iceOptions) {
        return iceOptions.stream().anyMatch(v -> List.of(v.trim().split("\\s+")).contains("trickle"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "RTCPeerConnection#" + id + "[" + signalingState + "]";
    }

    /** The connection as transceivers and senders see it. */
    private final class Owner implements TransceiverOwner {
        @Override
        public void checkNotClosed(String operation) {
            if (closed) {
                throw DOMException.invalidState(operation + "() on a closed RTCPeerConnection");
            }
        }

        @Override
        public void updateNegotiationNeeded() {
            synchronized (lock) {
                revision++;
            }
            RTCPeerConnection.this.updateNegotiationNeeded();
        }
    }
}
