package dev.parley.peer.api;

import java.util.List;

/**
 * The rules of addTrack() and removeTrack() (webrtc-pc section 5.1) over a connection's transceivers.
 * Every method runs under the connection's lock.
 */
final class LocalTracks {

    /** Makes a new transceiver and adds it to the connection's set. */
    interface Factory {
        RTCRtpTransceiver create(String kind, MediaStreamTrack track, List<String> streamIds,
                                 RTCRtpTransceiverDirection direction, RTCRtpTransceiver.Origin origin);
    }

    private LocalTracks() {
    }

    /**
     * addTrack(): InvalidAccessError for a track a sender already carries; reuses a transceiver of the
     * same kind whose sender has no track and never sent, else creates a sendrecv one.
     */
    static RTCRtpSender addTrack(List<RTCRtpTransceiver> transceivers, MediaStreamTrack track,
                                 List<String> streamIds, Factory factory) {
        for (RTCRtpTransceiver t : transceivers) {
            if (t.sender().track() == track && !t.isStopped()) {
                throw DOMException.invalidAccess("track " + track.id() + " is already sent by a sender");
            }
        }
        RTCRtpTransceiver reusable = transceivers.stream()
                .filter(t -> t.kind().equals(track.kind()) && t.sender().track() == null && !t.isStopping()
                        && !t.everSent())
                .findFirst().orElse(null);
        if (reusable == null) {
            return factory.create(track.kind(), track, streamIds, RTCRtpTransceiverDirection.SENDRECV,
                    RTCRtpTransceiver.Origin.ADD_TRACK).sender();
        }
        RTCRtpSender sender = reusable.sender();
        sender.setTrack(track);
        sender.setAssociatedStreamIds(streamIds);
        if (reusable.origin() == RTCRtpTransceiver.Origin.REMOTE_OFFER) {
            // Rolling back the remote offer must keep it now (section 4.4.1.5, rollback).
            reusable.setOrigin(RTCRtpTransceiver.Origin.ADD_TRACK);
        }
        if (reusable.direction() == RTCRtpTransceiverDirection.RECVONLY) {
            reusable.setDirectionInternal(RTCRtpTransceiverDirection.SENDRECV);
        } else if (reusable.direction() == RTCRtpTransceiverDirection.INACTIVE) {
            reusable.setDirectionInternal(RTCRtpTransceiverDirection.SENDONLY);
        }
        return sender;
    }

    /**
     * removeTrack(): InvalidAccessError for a sender of another connection; the sender loses its track and
     * the transceiver stops sending. Returns false when there was nothing to remove.
     */
    static boolean removeTrack(List<RTCRtpTransceiver> transceivers, RTCRtpSender sender) {
        RTCRtpTransceiver t = transceivers.stream().filter(x -> x.sender() == sender).findFirst()
                .orElseThrow(() -> DOMException.invalidAccess("the sender does not belong to this connection"));
        if (t.isStopping() || sender.track() == null) {
            return false;
        }
        sender.setTrack(null);
        if (t.direction() == RTCRtpTransceiverDirection.SENDRECV) {
            t.setDirectionInternal(RTCRtpTransceiverDirection.RECVONLY);
        } else if (t.direction() == RTCRtpTransceiverDirection.SENDONLY) {
            t.setDirectionInternal(RTCRtpTransceiverDirection.INACTIVE);
        }
        return true;
    }
}
