package dev.parley.peer.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * W3C webrtc-pc section 5.4 RTCRtpTransceiver: a sender and a receiver sharing one mid. mid and
 * currentDirection follow the applied descriptions; direction is what the application wants.
 */
public final class RTCRtpTransceiver {

    /** Codecs that protect or pad media rather than carry it: alone they are no codec preference. */
    private static final java.util.Set<String> RESILIENCE = java.util.Set.of("rtx", "red", "ulpfec", "flexfec-03",
            "cn");

    /** How the transceiver came to exist: the spec treats addTrack-created ones differently in SRD. */
    enum Origin { ADD_TRACK, ADD_TRANSCEIVER, REMOTE_OFFER }

    private final String kind;
    private final RTCRtpSender sender;
    private final RTCRtpReceiver receiver;
    private final TransceiverOwner owner;
    private volatile Origin origin;
    private volatile String mid;
    private volatile RTCRtpTransceiverDirection direction;
    private volatile RTCRtpTransceiverDirection currentDirection;
    /** The direction of the last track/removetrack processing ([[FiredDirection]]). */
    private volatile RTCRtpTransceiverDirection firedDirection;
    private volatile boolean stopping;
    private volatile boolean stopped;
    /** Whether currentDirection has ever included sending: addTrack may only reuse one that never sent. */
    private volatile boolean everSent;
    /** [[PreferredCodecs]]: empty for "no preference". */
    private volatile List<RTCRtpCodec> codecPreferences = List.of();

    RTCRtpTransceiver(String kind, RTCRtpSender sender, RTCRtpTransceiverDirection direction, Origin origin,
                      TransceiverOwner owner) {
        this.kind = kind;
        this.sender = sender;
        this.receiver = new RTCRtpReceiver(kind);
        this.direction = direction;
        this.origin = origin;
        this.owner = owner;
        sender.attach(this);
    }

    public String mid() {
        return mid;
    }

    public RTCRtpSender sender() {
        return sender;
    }

    public RTCRtpReceiver receiver() {
        return receiver;
    }

    public RTCRtpTransceiverDirection direction() {
        return direction;
    }

    /**
     * Setting direction (section 5.4): InvalidStateError once stopping, TypeError for "stopped", and an
     * update of the negotiation-needed flag when the value changes.
     */
    public void setDirection(RTCRtpTransceiverDirection newDirection) {
        owner.checkNotClosed("setting direction");
        if (stopping) {
            throw DOMException.invalidState("the transceiver is stopping");
        }
        if (newDirection == null || newDirection == RTCRtpTransceiverDirection.STOPPED) {
            throw new TypeError("direction cannot be set to " + newDirection + "; use stop() to stop");
        }
        if (newDirection == direction) {
            return;
        }
        direction = newDirection;
        owner.updateNegotiationNeeded();
    }

    /**
     * setCodecPreferences(codecs) (section 5.4): an empty list resets; otherwise every codec must be one
     * RTCRtpReceiver.getCapabilities(kind) lists (InvalidModificationError), and not only RTX, RED, FEC or
     * comfort noise. Offers and answers then list the codecs in this order and no others.
     */
    public void setCodecPreferences(List<RTCRtpCodec> codecs) {
        if (codecs == null) {
            throw new TypeError("codecs must not be null");
        }
        List<RTCRtpCodec> capabilities = RTCRtpReceiver.getCapabilities(kind).codecs();
        List<RTCRtpCodec> unique = new ArrayList<>();
        for (RTCRtpCodec codec : codecs) {
            RTCRtpCodec known = capabilities.stream().filter(c -> c.matches(codec)).findFirst()
                    .orElseThrow(() -> DOMException.invalidModification("codec " + codec
                            + " is not in RTCRtpReceiver.getCapabilities('" + kind + "')"));
            if (!unique.contains(known)) {
                unique.add(known);
            }
        }
        if (!unique.isEmpty() && unique.stream().allMatch(c -> RESILIENCE.contains(c.name().toLowerCase(Locale.ROOT)))) {
            throw DOMException.invalidModification("codec preferences need a media codec, not only " + unique);
        }
        codecPreferences = List.copyOf(unique);
    }

    List<RTCRtpCodec> codecPreferences() {
        return codecPreferences;
    }

    public RTCRtpTransceiverDirection currentDirection() {
        return currentDirection;
    }

    /** stop() (section 5.4): stop sending and receiving now, and renegotiate to reject the section. */
    public void stop() {
        owner.checkNotClosed("stop");
        if (stopping) {
            return;
        }
        stopSendingAndReceiving();
        owner.updateNegotiationNeeded();
    }

    /** "Stop sending and receiving" (section 5.4.1): [[Stopping]] and direction "stopped". */
    void stopSendingAndReceiving() {
        stopping = true;
        direction = RTCRtpTransceiverDirection.STOPPED;
        receiver.track().stop();
    }

    /** "Stop the RTCRtpTransceiver" (section 5.4.1): its section is rejected, it is done for good. */
    void stopCompletely() {
        stopSendingAndReceiving();
        stopped = true;
        currentDirection = RTCRtpTransceiverDirection.STOPPED;
    }

    public String kind() {
        return kind;
    }

    boolean isStopping() {
        return stopping;
    }

    boolean isStopped() {
        return stopped;
    }

    Origin origin() {
        return origin;
    }

    void setOrigin(Origin o) {
        this.origin = o;
    }

    void setMid(String newMid) {
        this.mid = newMid;
    }

    void setCurrentDirection(RTCRtpTransceiverDirection d) {
        this.currentDirection = d;
        if (d == RTCRtpTransceiverDirection.SENDRECV || d == RTCRtpTransceiverDirection.SENDONLY) {
            everSent = true;
        }
    }

    boolean everSent() {
        return everSent;
    }

    void setDirectionInternal(RTCRtpTransceiverDirection d) {
        this.direction = d;
    }

    RTCRtpTransceiverDirection firedDirection() {
        return firedDirection;
    }

    void setFiredDirection(RTCRtpTransceiverDirection d) {
        this.firedDirection = d;
    }

    @Override
    public String toString() {
        return "RTCRtpTransceiver[" + kind + ", mid=" + mid + ", " + direction + "]";
    }
}
