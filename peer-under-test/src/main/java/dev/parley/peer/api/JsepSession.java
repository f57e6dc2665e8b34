package dev.parley.peer.api;

import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsFingerprint;
import dev.parley.peer.ice.IceParameters;
import dev.parley.peer.jsep.AnswerBuilder;
import dev.parley.peer.jsep.DescriptionSide;
import dev.parley.peer.jsep.LocalTransportInfo;
import dev.parley.peer.jsep.OfferBuilder;
import dev.parley.peer.jsep.RemoteDescriptionRules;
import dev.parley.peer.jsep.SessionIdentity;
import dev.parley.peer.jsep.SignalingStateMachine;
import dev.parley.peer.jsep.TransceiverPlan;
import dev.parley.peer.sdp.RtpCodec;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpParseException;
import dev.parley.peer.sdp.SdpParser;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JSEP steps of webrtc-pc section 4.4.1 for one connection: createOffer, createAnswer, and "set the
 * session description" for local, remote and rollback descriptions, with the signaling state, the last
 * created offer and answer, ICE credentials and the DTLS role. Every method runs under the connection's
 * lock, on its operations thread.
 */
final class JsepSession {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionDescriptions descriptions;
    private final List<RTCRtpTransceiver> transceivers;
    private final TransceiverSync sync;
    private final DataChannels channels;
    private final TransportLink transport;
    private final NegotiationNeeded negotiation;
    private final Consumer<Event> events;
    private final TransceiverSync.Factory remoteTransceivers;
    private final List<RTCCertificate> certificates;
    private final Supplier<RTCConfiguration> configuration;
    private final long sessionId = RANDOM.nextLong() & Long.MAX_VALUE;
    private final String cname = UUID.randomUUID().toString().substring(0, 16);
    private final IceParameters initialIce = IceParameters.random();

    private RTCSignalingState signalingState = RTCSignalingState.STABLE;
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

    JsepSession(SessionDescriptions descriptions, List<RTCRtpTransceiver> transceivers, DataChannels channels,
                TransportLink transport, NegotiationNeeded negotiation, Consumer<Event> events,
                TransceiverSync.Factory remoteTransceivers, List<RTCCertificate> certificates,
                Supplier<RTCConfiguration> configuration) {
        this.descriptions = descriptions;
        this.transceivers = transceivers;
        this.sync = new TransceiverSync(transceivers);
        this.channels = channels;
        this.transport = transport;
        this.negotiation = negotiation;
        this.events = events;
        this.remoteTransceivers = remoteTransceivers;
        this.certificates = certificates;
        this.configuration = configuration;
    }

    RTCSignalingState signalingState() {
        return signalingState;
    }

    Boolean dtlsClient() {
        return dtlsClient;
    }

    /** A local change (track, transceiver, channel, direction) made created descriptions stale. */
    void touch() {
        revision++;
    }

    void close() {
        signalingState = RTCSignalingState.CLOSED;
    }

    /** restartIce(): the next offer carries new credentials until an answer makes them current. */
    void restartIce() {
        iceCredentialsToReplace = currentLocalIce();
        revision++;
    }

    /** "Check if negotiation is needed" (section 4.7.3) on this session's state. */
    boolean isNegotiationNeeded() {
        return NegotiationNeededCheck.isNeeded(iceCredentialsToReplace != null, descriptions.currentLocal(),
                descriptions.currentRemote(), channels.anyCreated(), transceivers);
    }

    /** createOffer(options): InvalidStateError unless stable or have-local-offer. */
    String createOffer(boolean iceRestart) {
        if (signalingState != RTCSignalingState.STABLE && signalingState != RTCSignalingState.HAVE_LOCAL_OFFER) {
            throw DOMException.invalidState("createOffer() in signaling state " + signalingState);
        }
        return buildOffer(iceRestart);
    }

    /** createAnswer(): InvalidStateError unless have-remote-offer or have-local-pranswer. */
    String createAnswer() {
        if (signalingState != RTCSignalingState.HAVE_REMOTE_OFFER
                && signalingState != RTCSignalingState.HAVE_LOCAL_PRANSWER) {
            throw DOMException.invalidState("createAnswer() in signaling state " + signalingState);
        }
        return buildAnswer();
    }

    /**
     * setLocalDescription (section 4.4.1.6): an absent type is the one the state calls for, an absent sdp
     * the last created (or a new) offer or answer; any other sdp is an InvalidModificationError.
     */
    void setLocal(RTCSessionDescriptionInit init) {
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
        boolean offer = type == RTCSdpType.OFFER;
        String text = init.sdp();
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
        descriptions.apply(DescriptionSide.LOCAL, new SessionDescriptions.Entry(new RTCSessionDescription(type, text),
                sdp));
        if (type == RTCSdpType.ANSWER) {
            sync.applyAnswer(sdp, true);
            dtlsClient = setup(sdp).map(s -> s.equals("active")).orElse(dtlsClient);
        }
        if (restartCredentials != null && restartCredentials.equals(currentLocalIce())) {
            restartCredentials = null;
        }
        afterDescription();
        transition(next);
    }

    /**
     * setRemoteDescription (section 4.4.1.6): the state is checked before the SDP; a remote offer in
     * have-local-offer first rolls the local offer back.
     */
    void setRemote(RTCSessionDescriptionInit init) {
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
        boolean answer = type == RTCSdpType.ANSWER || type == RTCSdpType.PRANSWER;
        SessionDescriptions.Entry sentOffer = descriptions.pendingLocal();
        String text = init.sdp() == null ? "" : init.sdp();
        Sdp sdp = RemoteDescriptionRules.parse(text, type, answer && sentOffer != null ? sentOffer.sdp() : null,
                type == RTCSdpType.OFFER ? descriptions.negotiated() : null);
        if (type == RTCSdpType.OFFER) {
            if (signalingState == RTCSignalingState.STABLE) {
                offerSnapshot = sync.snapshot();
            }
            sync.associateRemoteOffer(sdp, remoteTransceivers);
            answerCredentials = isIceRestart(sdp) ? IceParameters.random() : null;
        }
        descriptions.apply(DescriptionSide.REMOTE, new SessionDescriptions.Entry(
                new RTCSessionDescription(type, text), sdp));
        if (type == RTCSdpType.ANSWER) {
            sync.applyAnswer(sdp, false);
            dtlsClient = setup(sdp).map(s -> s.equals("passive")).orElse(dtlsClient);
        }
        TransceiverSync.RemoteChanges changes = sync.processRemoteTracks(sdp);
        afterDescription();
        transition(next);
        changes.removedStreams().forEach(s -> events.accept(new MediaStreamEvent("removestream", s)));
        changes.addedStreams().forEach(s -> events.accept(new MediaStreamEvent("addstream", s)));
        changes.tracks().forEach(events);
    }

    /** Rollback (section 4.4.1.5): back to stable, undoing what the pending offer did to transceivers. */
    private void rollback() {
        if (offerSnapshot != null) {
            sync.rollback(offerSnapshot);
            offerSnapshot = null;
        }
        descriptions.rollback();
        answerCredentials = null;
        transition(RTCSignalingState.STABLE);
    }

    /** Channel ids follow the DTLS role the descriptions settled; an answer may bring the SCTP transport. */
    private void afterDescription() {
        channels.afterDescription(descriptions, dtlsClient);
    }

    /**
     * Brings the transport in line with the descriptions in effect: none without a local description (the
     * original offer was rolled back), else gathering with the local credentials and started once the
     * remote side and the DTLS role are known. An operation of its own, chained right after each
     * setLocalDescription and setRemoteDescription, so its events come after their promises settle.
     */
    void updateTransports() {
        if (descriptions.local() == null) {
            transport.discard();
            return;
        }
        SessionDescriptions.Entry remote = descriptions.remote();
        transport.update(configuration.get(), certificates.get(0), currentLocalIce(),
                remote == null ? null : iceOf(remote.sdp()).orElse(null),
                remote == null ? List.of() : fingerprints(remote.sdp()), isOfferer(), dtlsClient);
    }

    private void transition(RTCSignalingState next) {
        revision++;
        if (next != signalingState) {
            signalingState = next;
            events.accept(new StateChangeEvent("signalingstatechange", next));
        }
        if (next == RTCSignalingState.STABLE) {
            if (iceCredentialsToReplace != null && !iceCredentialsToReplace.equals(currentLocalIce())) {
                iceCredentialsToReplace = null;
            }
            offerSnapshot = null;
            negotiation.onStable();
        }
    }

    private String buildOffer(boolean iceRestart) {
        IceParameters ice = currentLocalIce();
        if (iceRestart || iceCredentialsToReplace != null) {
            if (restartCredentials == null) {
                restartCredentials = IceParameters.random();
            }
            ice = restartCredentials;
        }
        SessionDescriptions.Entry base = descriptions.local();
        Sdp baseSdp = base != null ? base.sdp() : descriptions.negotiated();
        LocalTransportInfo info = transport.localInfo(ice, fingerprints());
        List<TransceiverPlan> plans = plans();
        Sdp sdp = versioned(session -> OfferBuilder.build(new OfferBuilder.Input(session, info, cname, plans,
                channels.anyCreated(), baseSdp)));
        lastCreatedOffer = sdp.toString();
        lastOfferRevision = revision;
        return lastCreatedOffer;
    }

    private String buildAnswer() {
        IceParameters ice = answerCredentials != null ? answerCredentials : currentLocalIce();
        Sdp offer = descriptions.remote().sdp();
        LocalTransportInfo info = transport.localInfo(ice, fingerprints());
        List<TransceiverPlan> plans = plans();
        String setup = setupRole(offer);
        Sdp sdp = versioned(session -> AnswerBuilder.build(new AnswerBuilder.Input(session, info, cname, plans,
                offer, setup)));
        lastCreatedAnswer = sdp.toString();
        lastAnswerRevision = revision;
        return lastCreatedAnswer;
    }

    /** Whether this side made the offer of the negotiation in effect: the ICE controlling agent. */
    private boolean isOfferer() {
        SessionDescriptions.Entry local = descriptions.currentLocal();
        return local != null ? local.type() == RTCSdpType.OFFER
                : descriptions.pendingLocal() != null && descriptions.pendingLocal().type() == RTCSdpType.OFFER;
    }

    /** The answerer's a=setup (RFC 8842 section 5.3): keep an established role, else active as Chrome does. */
    private String setupRole(Sdp offer) {
        if (dtlsClient != null) {
            return dtlsClient ? "active" : "passive";
        }
        return setup(offer).filter("active"::equals).map(s -> "passive").orElse("active");
    }

    /**
     * Builds a description whose o= version is the local description's plus one if the content differs from
     * it, and the same otherwise (RFC 8829 sections 5.2.2 and 5.3.2).
     */
    private Sdp versioned(Function<SessionIdentity, Sdp> builder) {
        SessionDescriptions.Entry local = descriptions.local();
        long current = local == null ? 1 : Long.parseLong(local.sdp().origin().sessionVersion());
        Sdp next = builder.apply(new SessionIdentity(sessionId, current + 1));
        if (local != null && next.media().equals(local.sdp().media())
                && next.attributes().equals(local.sdp().attributes())) {
            return builder.apply(new SessionIdentity(sessionId, current));
        }
        return next;
    }

    private List<RTCDtlsFingerprint> fingerprints() {
        return certificates.stream().flatMap(c -> c.getFingerprints().stream()).toList();
    }

    private List<TransceiverPlan> plans() {
        return transceivers.stream().map(t -> new TransceiverPlan(t.mid(), t.kind(), t.direction(),
                t.sender().associatedStreamIds(), t.sender().msidTrackId(), t.sender().ssrc(), t.sender().rtxSsrc(),
                t.isStopping(), t.codecPreferences().stream().map(JsepSession::sdpCodec).toList())).toList();
    }

    private static RtpCodec sdpCodec(RTCRtpCodec c) {
        return new RtpCodec(0, c.name(), c.clockRate(), c.channels() == null ? 1 : c.channels(), c.sdpFmtpLine(),
                List.of());
    }

    /** The ICE credentials of the local description in effect, or the ones generated at construction. */
    private IceParameters currentLocalIce() {
        SessionDescriptions.Entry local = descriptions.local();
        return local == null ? initialIce : iceOf(local.sdp()).orElse(initialIce);
    }

    /** A remote offer restarts ICE when its credentials differ from the current remote ones (RFC 8839). */
    private boolean isIceRestart(Sdp offer) {
        SessionDescriptions.Entry current = descriptions.currentRemote();
        return current != null && !iceOf(current.sdp()).equals(iceOf(offer));
    }

    private static Optional<String> setup(Sdp sdp) {
        return sdp.transportSection().flatMap(m -> sdp.mediaOrSessionAttribute(m, "setup")).map(String::trim);
    }

    private static Optional<IceParameters> iceOf(Sdp sdp) {
        return sdp.transportSection().flatMap(m -> {
            Optional<String> ufrag = sdp.mediaOrSessionAttribute(m, "ice-ufrag");
            Optional<String> pwd = sdp.mediaOrSessionAttribute(m, "ice-pwd");
            return ufrag.isPresent() && pwd.isPresent()
                    ? Optional.of(new IceParameters(ufrag.get().trim(), pwd.get().trim())) : Optional.empty();
        });
    }

    private static List<RTCDtlsFingerprint> fingerprints(Sdp sdp) {
        List<RTCDtlsFingerprint> result = new ArrayList<>();
        sdp.transportSection().ifPresent(m -> {
            List<String> values = m.attributes("fingerprint").isEmpty() ? sdp.attributes("fingerprint")
                    : m.attributes("fingerprint");
            for (String v : values) {
                String[] parts = v.trim().split("\\s+");
                result.add(new RTCDtlsFingerprint(parts[0], parts[1]));
            }
        });
        return result;
    }
}
