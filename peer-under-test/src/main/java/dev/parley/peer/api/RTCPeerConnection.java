package dev.parley.peer.api;

import dev.parley.peer.datachannel.RTCDataChannel;
import dev.parley.peer.datachannel.RTCSctpTransport;
import dev.parley.peer.dtls.CertificateKeyAlgorithm;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.transport.IceDtlsTransportFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W3C webrtc-pc section 4.4 RTCPeerConnection: the W3C API over JSEP, transceivers and data channels.
 *
 * <p>Every JSEP method is an operation on one chain (section 4.4.1.2) and returns a CompletableFuture that
 * settles on the event thread, after the events the operation fired. Events are delivered in order on that
 * thread, never under the connection's lock; do not block on a promise inside a listener. The JSEP steps are
 * {@link JsepSession}'s, transports {@link TransportLink}'s, channels {@link DataChannels}', stats
 * {@link StatsCollector}'s; this class holds them together. Transports come through a
 * {@link TransportFactory}, by default {@link IceDtlsTransportFactory}; with {@link TransportFactory#NONE},
 * nothing is gathered or sent and the gathering and connection states stay "new".
 */
public class RTCPeerConnection extends EventTarget {

    private static final Logger LOG = LoggerFactory.getLogger(RTCPeerConnection.class);
    private static final AtomicInteger IDS = new AtomicInteger();

    private final Object lock = new Object();
    private final int id;
    private final ExecutorService events;
    private final ExecutorService operations;
    private final OperationsChain chain;
    private final List<RTCCertificate> certificates;
    private final SessionDescriptions descriptions = new SessionDescriptions();
    private final List<RTCRtpTransceiver> transceivers = new ArrayList<>();
    private final DataChannels channels;
    private final TransportLink transport;
    private final NegotiationNeeded negotiation;
    private final JsepSession jsep;
    private final List<MediaStream> legacyLocalStreams = new ArrayList<>();
    private final TransceiverOwner owner = new Owner();
    private RTCConfiguration configuration;
    private volatile boolean closed;

    /** new RTCPeerConnection() with the default configuration. */
    public RTCPeerConnection() {
        this(RTCConfiguration.defaults());
    }

    /** new RTCPeerConnection(configuration) with the real transports: ICE on ice4j, DTLS on BouncyCastle. */
    public RTCPeerConnection(RTCConfiguration configuration) {
        this(configuration, new IceDtlsTransportFactory());
    }

    /**
     * new RTCPeerConnection(configuration) (section 4.4.1.3) with the given source of transports.
     *
     * @throws DOMException SyntaxError for a bad ICE server URL, InvalidAccessError for TURN without
     *     credentials or an expired certificate, TypeError for an out-of-range member
     */
    public RTCPeerConnection(RTCConfiguration configuration, TransportFactory transportFactory) {
        this(IDS.incrementAndGet(), configuration, transportFactory);
    }

    private RTCPeerConnection(int id, RTCConfiguration configuration, TransportFactory transportFactory) {
        super(Executors.newSingleThreadExecutor(daemon("parley-pc-" + id + "-events")));
        requireArgument(configuration, "configuration");
        requireArgument(transportFactory, "transportFactory");
        ConfigurationRules.validate(configuration, System.currentTimeMillis());
        this.id = id;
        this.events = (ExecutorService) eventExecutor();
        this.operations = Executors.newSingleThreadExecutor(daemon("parley-pc-" + id + "-operations"));
        this.configuration = configuration;
        this.certificates = configuration.certificates().isEmpty() ? List.of(RTCCertificate.generate())
                : configuration.certificates();
        this.negotiation = new NegotiationNeeded(lock, new NegotiationHost(), () -> chain().length());
        this.chain = new OperationsChain(operations, events, () -> closed, negotiation::onChainEmpty);
        this.channels = new DataChannels(lock, events, this::fire);
        this.transport = new TransportLink(lock, transportFactory, descriptions, this::queueEvent);
        transport.carryDataChannels(channels);
        Supplier<RTCConfiguration> currentConfiguration = () -> this.configuration;
        this.jsep = new JsepSession(descriptions, transceivers, channels, transport, negotiation, this::queueEvent,
                kind -> newTransceiver(kind, null, List.of(), RTCRtpTransceiverDirection.RECVONLY,
                        RTCRtpTransceiver.Origin.REMOTE_OFFER), certificates, currentConfiguration);
    }

    // ---- static members -------------------------------------------------------------------------

    /** generateCertificate({name: "ECDSA", namedCurve: "P-256"}), the browsers' default. */
    public static CompletableFuture<RTCCertificate> generateCertificate() {
        return Certificates.generate(CertificateKeyAlgorithm.ecdsaP256(), null);
    }

    /**
     * generateCertificate(keygenAlgorithm) with an "expires" member in milliseconds (null for the 30-day
     * default). A negative expires is a TypeError; 0 gives a certificate that has expired.
     */
    public static CompletableFuture<RTCCertificate> generateCertificate(CertificateKeyAlgorithm algorithm,
                                                                        Long expires) {
        return Certificates.generate(algorithm, expires);
    }

    /** generateCertificate("ECDSA") or ("RSASSA-PKCS1-v1_5"); other names are a NotSupportedError. */
    public static CompletableFuture<RTCCertificate> generateCertificate(String algorithmName) {
        return Certificates.generate(algorithmName);
    }

    // ---- attributes -----------------------------------------------------------------------------

    public RTCSessionDescription localDescription() {
        return read(() -> description(descriptions.local()));
    }

    public RTCSessionDescription currentLocalDescription() {
        return read(() -> description(descriptions.currentLocal()));
    }

    public RTCSessionDescription pendingLocalDescription() {
        return read(() -> description(descriptions.pendingLocal()));
    }

    public RTCSessionDescription remoteDescription() {
        return read(() -> description(descriptions.remote()));
    }

    public RTCSessionDescription currentRemoteDescription() {
        return read(() -> description(descriptions.currentRemote()));
    }

    public RTCSessionDescription pendingRemoteDescription() {
        return read(() -> description(descriptions.pendingRemote()));
    }

    public RTCSignalingState signalingState() {
        return read(jsep::signalingState);
    }

    public RTCIceGatheringState iceGatheringState() {
        return read(transport::gatheringState);
    }

    public RTCIceConnectionState iceConnectionState() {
        return read(() -> transport.states().ice());
    }

    public RTCPeerConnectionState connectionState() {
        return read(() -> transport.states().connection());
    }

    /**
     * canTrickleIceCandidates (section 4.4.1.4): null until a remote description is set, then whether it
     * says {@code a=ice-options:trickle}.
     */
    public Boolean canTrickleIceCandidates() {
        return read(() -> {
            SessionDescriptions.Entry remote = descriptions.remote();
            if (remote == null) {
                return null;
            }
            Sdp sdp = remote.sdp();
            return hasTrickle(sdp.attributes("ice-options"))
                    || sdp.media().stream().anyMatch(m -> hasTrickle(m.attributes("ice-options")));
        });
    }

    // ---- offer / answer -------------------------------------------------------------------------

    public CompletableFuture<RTCSessionDescriptionInit> createOffer() {
        return createOffer(RTCOfferOptions.DEFAULT);
    }

    /** createOffer(options) (section 4.4.1.6): InvalidStateError unless stable or have-local-offer. */
    public CompletableFuture<RTCSessionDescriptionInit> createOffer(RTCOfferOptions options) {
        boolean restart = options != null && options.iceRestart();
        return chain.chain("createOffer", () -> new RTCSessionDescriptionInit(RTCSdpType.OFFER,
                read(() -> jsep.createOffer(restart))));
    }

    /** createAnswer() (section 4.4.1.6): InvalidStateError unless have-remote-offer or have-local-pranswer. */
    public CompletableFuture<RTCSessionDescriptionInit> createAnswer() {
        return chain.chain("createAnswer", () -> new RTCSessionDescriptionInit(RTCSdpType.ANSWER,
                read(jsep::createAnswer)));
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
        CompletableFuture<Void> promise = chain.chain("setLocalDescription", () -> write(() -> jsep.setLocal(init)));
        startTransports();
        return promise;
    }

    /**
     * setRemoteDescription(description) (section 4.4.1.6): TypeError without a type, InvalidStateError for
     * a transition the state machine refuses, RTCError (OperationError) for SDP that does not parse,
     * InvalidAccessError for SDP that breaks JSEP rules.
     */
    public CompletableFuture<Void> setRemoteDescription(RTCSessionDescriptionInit description) {
        if (description == null || description.type() == null) {
            return CompletableFuture.failedFuture(new TypeError("setRemoteDescription() requires a type"));
        }
        CompletableFuture<Void> promise = chain.chain("setRemoteDescription",
                () -> write(() -> jsep.setRemote(description)));
        startTransports();
        return promise;
    }

    /** Starting transports is an operation of its own, chained right behind each description. */
    private void startTransports() {
        chain.chain("startTransports", () -> write(jsep::updateTransports));
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
        return chain.chain("addIceCandidate", () -> write(() ->
                transport.addRemoteCandidate(RemoteCandidates.add(descriptions, candidate, allSections))));
    }

    /** restartIce() (section 4.4.1.6): the next offer carries new ICE credentials. */
    public void restartIce() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            jsep.restartIce();
        }
        negotiation.update();
    }

    // ---- configuration --------------------------------------------------------------------------

    /** getConfiguration(): the configuration in effect, with the certificates in use. */
    public RTCConfiguration getConfiguration() {
        return read(() -> configuration.withCertificates(certificates));
    }

    /**
     * setConfiguration(configuration) (section 4.4.1.6): InvalidStateError once closed,
     * InvalidModificationError for a change of certificates, bundlePolicy, rtcpMuxPolicy or (after
     * setLocalDescription) iceCandidatePoolSize, and the constructor's checks.
     */
    public void setConfiguration(RTCConfiguration next) {
        requireArgument(next, "configuration");
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
        requireArgument(track, "track");
        List<String> streamIds = new ArrayList<>();
        for (MediaStream s : streams) {
            requireArgument(s, "stream");
            if (!streamIds.contains(s.id())) {
                streamIds.add(s.id());
            }
        }
        RTCRtpSender sender;
        synchronized (lock) {
            owner.checkNotClosed("addTrack");
            sender = LocalTracks.addTrack(transceivers, track, streamIds, this::newTransceiver);
            jsep.touch();
        }
        negotiation.update();
        return sender;
    }

    /**
     * removeTrack(sender) (section 5.1): InvalidAccessError for a sender of another connection; the
     * transceiver stops sending and negotiation is needed.
     */
    public void removeTrack(RTCRtpSender sender) {
        requireArgument(sender, "sender");
        synchronized (lock) {
            owner.checkNotClosed("removeTrack");
            if (!LocalTracks.removeTrack(transceivers, sender)) {
                return;
            }
            jsep.touch();
        }
        negotiation.update();
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
        requireArgument(track, "track");
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
            jsep.touch();
        }
        negotiation.update();
        return t;
    }

    public List<RTCRtpTransceiver> getTransceivers() {
        return read(() -> List.copyOf(transceivers));
    }

    public List<RTCRtpSender> getSenders() {
        return read(() -> transceivers.stream().filter(t -> !t.isStopped()).map(RTCRtpTransceiver::sender).toList());
    }

    public List<RTCRtpReceiver> getReceivers() {
        return read(() -> transceivers.stream().filter(t -> !t.isStopped()).map(RTCRtpTransceiver::receiver)
                .toList());
    }

    // ---- data channels --------------------------------------------------------------------------

    /**
     * The sctp attribute (section 6.1): the RTCSctpTransport data channels travel on, null until an answer
     * negotiated an m=application section.
     */
    public RTCSctpTransport sctp() {
        return channels.sctp();
    }

    public RTCDataChannel createDataChannel(String label) {
        return createDataChannel(label, RTCDataChannelInit.DEFAULT);
    }

    /**
     * createDataChannel(label, options) (section 6.1): InvalidStateError once closed, TypeError for the
     * option checks of {@link RTCDataChannelInit#check}, OperationError for an id another channel uses.
     * The channel starts "connecting"; the first one makes negotiation needed.
     */
    public RTCDataChannel createDataChannel(String label, RTCDataChannelInit init) {
        RTCDataChannel channel;
        boolean first;
        synchronized (lock) {
            owner.checkNotClosed("createDataChannel");
            first = !channels.anyCreated();
            channel = channels.create(label, init == null ? RTCDataChannelInit.DEFAULT : init, jsep.dtlsClient());
            jsep.touch();
        }
        if (first) {
            negotiation.update();
        }
        return channel;
    }

    // ---- stats and close ------------------------------------------------------------------------

    /** getStats() (section 8.2): the connection's own stats objects and its transport's. */
    public CompletableFuture<RTCStatsReport> getStats() {
        long now = System.currentTimeMillis();
        RTCStatsReport report = read(() -> StatsCollector.collect(now, channels.counts(), certificates.get(0),
                channels.list(), List.copyOf(transceivers), transport.stats(now)));
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
            jsep.close();
            transceivers.forEach(RTCRtpTransceiver::stopCompletely);
            channels.closeAll();
            transport.close();
        }
        operations.shutdown();
        events.shutdown();
        LOG.debug("RTCPeerConnection {} closed", id);
    }

    // ---- events ---------------------------------------------------------------------------------

    /** Registers a typed observer; its hooks run on the event thread among the other listeners. */
    public void addObserver(RTCPeerConnectionObserver observer) {
        requireArgument(observer, "observer");
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
        requireArgument(stream, "stream");
        synchronized (lock) {
            owner.checkNotClosed("addStream");
            if (!legacyLocalStreams.contains(stream)) {
                legacyLocalStreams.add(stream);
            }
        }
        for (MediaStreamTrack track : stream.getTracks()) {
            if (getSenders().stream().noneMatch(s -> s.track() == track)) {
                addTrack(track, stream);
            }
        }
    }

    /** removeStream(stream): removeTrack for each sender of one of its tracks. */
    @Deprecated
    public void removeStream(MediaStream stream) {
        requireArgument(stream, "stream");
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
        return read(() -> List.copyOf(legacyLocalStreams));
    }

    /**
     * createDTMFSender(track): the DTMF sender of the sender of an audio track. As in Chrome, a track no
     * sender carries is a SyntaxError.
     */
    @Deprecated
    public RTCDTMFSender createDTMFSender(MediaStreamTrack track) {
        requireArgument(track, "track");
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

    // ---- helpers --------------------------------------------------------------------------------

    private OperationsChain chain() {
        return chain;
    }

    /** WebIDL: null for a non-nullable argument is a TypeError. */
    private static void requireArgument(Object argument, String name) {
        if (argument == null) {
            throw new TypeError(name + " must not be null");
        }
    }

    private <T> T read(Supplier<T> reader) {
        synchronized (lock) {
            return reader.get();
        }
    }

    private Void write(Runnable writer) {
        synchronized (lock) {
            writer.run();
        }
        return null;
    }

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

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        return "RTCPeerConnection#" + id + "[" + signalingState() + "]";
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
        public boolean isConnected() {
            return connectionState() == RTCPeerConnectionState.CONNECTED;
        }

        @Override
        public void updateNegotiationNeeded() {
            synchronized (lock) {
                jsep.touch();
            }
            negotiation.update();
        }
    }

    /** The connection as the negotiation-needed algorithm reads it. */
    private final class NegotiationHost implements NegotiationNeeded.Connection {
        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isStable() {
            return jsep.signalingState() == RTCSignalingState.STABLE;
        }

        @Override
        public boolean check() {
            return jsep.isNegotiationNeeded();
        }

        @Override
        public void queueTask(Runnable task) {
            RTCPeerConnection.this.queueTask(task);
        }

        @Override
        public void fire() {
            RTCPeerConnection.this.fire(new Event("negotiationneeded"));
        }
    }
}
