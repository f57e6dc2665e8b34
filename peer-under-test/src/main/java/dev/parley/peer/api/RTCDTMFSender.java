package dev.parley.peer.api;

import java.util.Locale;

/**
 * W3C webrtc-pc section 7.2 RTCDTMFSender. canInsertDTMF is true only when the sender's transceiver
 * currently sends and an RTP transport carries its packets; with no transport it is false, so
 * insertDTMF() is an InvalidStateError rather than tones that never leave.
 */
public final class RTCDTMFSender {

    private static final String VALID_TONES = "0123456789ABCD#*,";

    private final RTCRtpSender sender;
    private volatile String toneBuffer = "";

    RTCDTMFSender(RTCRtpSender sender) {
        this.sender = sender;
    }

    public boolean canInsertDTMF() {
        RTCRtpTransceiver t = sender.transceiver();
        return t != null && !t.isStopping() && t.currentDirection() != null
                && (t.currentDirection() == RTCRtpTransceiverDirection.SENDRECV
                || t.currentDirection() == RTCRtpTransceiverDirection.SENDONLY)
                && sender.owner().isConnected();
    }

    public String toneBuffer() {
        return toneBuffer;
    }

    /** insertDTMF(tones, duration, interToneGap) of section 7.2, steps 1 to 7. */
    public void insertDTMF(String tones, int duration, int interToneGap) {
        RTCRtpTransceiver t = sender.transceiver();
        if (t == null || t.isStopping()) {
            throw DOMException.invalidState("insertDTMF() on a stopped transceiver");
        }
        if (t.currentDirection() != RTCRtpTransceiverDirection.SENDRECV
                && t.currentDirection() != RTCRtpTransceiverDirection.SENDONLY) {
            throw DOMException.invalidState("insertDTMF() while the transceiver does not send (currentDirection "
                    + t.currentDirection() + ")");
        }
        String upper = tones.toUpperCase(Locale.ROOT);
        for (char c : upper.toCharArray()) {
            if (VALID_TONES.indexOf(c) < 0) {
                throw new DOMException(DOMException.INVALID_CHARACTER, "'" + c + "' is not a DTMF tone");
            }
        }
        if (!canInsertDTMF()) {
            throw DOMException.invalidState("no RTP transport carries this sender yet, so no tone can be sent");
        }
        toneBuffer = upper;
    }
}
