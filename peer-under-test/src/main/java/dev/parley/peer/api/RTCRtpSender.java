package dev.parley.peer.api;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * W3C webrtc-pc section 5.2 RTCRtpSender: its track, the stream ids it announces in a=msid, and the
 * SSRCs it will send with.
 */
public final class RTCRtpSender {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String kind;
    private final TransceiverOwner owner;
    private final long ssrc = randomSsrc();
    private final long rtxSsrc;
    /** The msid track id when no track is attached, stable across offers as Chrome's is. */
    private final String senderId = UUID.randomUUID().toString();
    private volatile MediaStreamTrack track;
    private volatile List<String> associatedStreamIds;
    private volatile RTCRtpTransceiver transceiver;
    private final RTCDTMFSender dtmf;

    RTCRtpSender(String kind, MediaStreamTrack track, List<String> streamIds, TransceiverOwner owner) {
        this.kind = kind;
        this.track = track;
        this.associatedStreamIds = List.copyOf(streamIds);
        this.owner = owner;
        this.rtxSsrc = kind.equals("video") ? randomSsrc() : 0;
        this.dtmf = kind.equals("audio") ? new RTCDTMFSender(this) : null;
    }

    /** getCapabilities(kind) (section 5.2): what this peer can send; null for a kind other than audio/video. */
    public static RTCRtpCapabilities getCapabilities(String kind) {
        return RTCRtpCapabilities.of(kind);
    }

    public MediaStreamTrack track() {
        return track;
    }

    /** The RTCDTMFSender of an audio sender, null for video. */
    public RTCDTMFSender dtmf() {
        return dtmf;
    }

    /**
     * replaceTrack() (section 5.2): a track of another kind is a TypeError, a stopped transceiver an
     * InvalidStateError. No renegotiation is needed.
     */
    public CompletableFuture<Void> replaceTrack(MediaStreamTrack withTrack) {
        try {
            owner.checkNotClosed("replaceTrack");
            if (withTrack != null && !withTrack.kind().equals(kind)) {
                throw new TypeError("cannot replace a " + kind + " track with a " + withTrack.kind() + " track");
            }
            if (transceiver != null && transceiver.isStopping()) {
                throw DOMException.invalidState("replaceTrack() on a stopped transceiver");
            }
            this.track = withTrack;
            return CompletableFuture.completedFuture(null);
        } catch (DOMException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** setStreams() (section 5.2): the new ids, deduplicated, and an update of the negotiation-needed flag. */
    public void setStreams(MediaStream... streams) {
        owner.checkNotClosed("setStreams");
        List<String> ids = new ArrayList<>();
        for (MediaStream s : streams) {
            if (s == null) {
                throw new TypeError("setStreams() got a null stream");
            }
            if (!ids.contains(s.id())) {
                ids.add(s.id());
            }
        }
        associatedStreamIds = List.copyOf(ids);
        owner.updateNegotiationNeeded();
    }

    public List<String> associatedStreamIds() {
        return associatedStreamIds;
    }

    String kind() {
        return kind;
    }

    long ssrc() {
        return ssrc;
    }

    long rtxSsrc() {
        return rtxSsrc;
    }

    /** The msid track id: the track's, or a stable one while there is no track. */
    String msidTrackId() {
        MediaStreamTrack t = track;
        return t != null ? t.id() : senderId;
    }

    void setTrack(MediaStreamTrack t) {
        this.track = t;
    }

    void setAssociatedStreamIds(List<String> ids) {
        this.associatedStreamIds = List.copyOf(ids);
    }

    void attach(RTCRtpTransceiver owningTransceiver) {
        this.transceiver = owningTransceiver;
    }

    RTCRtpTransceiver transceiver() {
        return transceiver;
    }

    TransceiverOwner owner() {
        return owner;
    }

    private static long randomSsrc() {
        return 1 + (RANDOM.nextLong() & 0x7FFFFFFEL);
    }
}
