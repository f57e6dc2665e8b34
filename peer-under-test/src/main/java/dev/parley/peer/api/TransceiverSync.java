package dev.parley.peer.api;

import dev.parley.peer.jsep.Directions;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings the transceivers in line with an applied description (webrtc-pc section 4.4.1.5 step 4.6 and
 * RFC 8829 section 5.10): associating them with m= sections, creating the ones a remote offer asks for,
 * setting currentDirection from answers, stopping the ones whose sections are rejected, and collecting
 * the track events remote descriptions cause. Also records and restores what a rollback undoes.
 */
final class TransceiverSync {

    /** Creates transceivers for remote offers; implemented by the connection. */
    interface Factory {
        RTCRtpTransceiver createForRemoteOffer(String kind);
    }

    /** What an offer changed, so setLocal/setRemote(rollback) can undo it. */
    record Snapshot(List<RTCRtpTransceiver> transceivers, Map<RTCRtpTransceiver, String> mids,
                    Map<RTCRtpTransceiver, RTCRtpTransceiverDirection> fired) {
    }

    /** Events a remote description causes, fired in this order after signalingstatechange. */
    record RemoteChanges(List<RTCTrackEvent> tracks, List<MediaStream> addedStreams,
                         List<MediaStream> removedStreams) {
    }

    private final List<RTCRtpTransceiver> transceivers;
    private final Map<String, MediaStream> remoteStreams = new HashMap<>();

    TransceiverSync(List<RTCRtpTransceiver> transceivers) {
        this.transceivers = transceivers;
    }

    Snapshot snapshot() {
        Map<RTCRtpTransceiver, String> mids = new HashMap<>();
        Map<RTCRtpTransceiver, RTCRtpTransceiverDirection> fired = new HashMap<>();
        for (RTCRtpTransceiver t : transceivers) {
            mids.put(t, t.mid());
            fired.put(t, t.firedDirection());
        }
        return new Snapshot(List.copyOf(transceivers), mids, fired);
    }

    /**
     * Rollback (section 4.4.1.5, rollback steps): mids given by the rolled-back offer are unset, and
     * transceivers a remote offer created are removed unless addTrack has since taken them over (which
     * makes them addTrack's).
     */
    void rollback(Snapshot snapshot) {
        for (RTCRtpTransceiver t : List.copyOf(transceivers)) {
            if (snapshot.mids().containsKey(t)) {
                t.setMid(snapshot.mids().get(t));
                t.setFiredDirection(snapshot.fired().get(t));
            } else if (t.origin() == RTCRtpTransceiver.Origin.REMOTE_OFFER) {
                transceivers.remove(t);
            } else {
                t.setMid(null);
                t.setFiredDirection(null);
            }
        }
    }

    /** A local offer is applied: each new section takes the first free transceiver of its kind. */
    void associateLocalOffer(Sdp offer) {
        for (SdpMedia m : offer.media()) {
            if (!m.isRtp() || m.mid().isEmpty() || byMid(m.mid().get()).isPresent()) {
                continue;
            }
            transceivers.stream()
                    .filter(t -> t.mid() == null && !t.isStopping() && t.kind().equals(m.media()))
                    .findFirst().ifPresent(t -> t.setMid(m.mid().get()));
        }
    }

    /** A remote offer is applied: match or create a transceiver for each RTP section (section 4.4.1.5). */
    void associateRemoteOffer(Sdp offer, Factory factory) {
        for (SdpMedia m : offer.media()) {
            if (!m.isRtp() || m.mid().isEmpty() || m.isRejected()
                    || !(m.media().equals("audio") || m.media().equals("video"))) {
                continue;
            }
            String mid = m.mid().get();
            if (byMid(mid).isPresent()) {
                continue;
            }
            RTCRtpTransceiver t = transceivers.stream()
                    .filter(x -> x.mid() == null && !x.isStopping() && x.kind().equals(m.media())
                            && x.origin() == RTCRtpTransceiver.Origin.ADD_TRACK)
                    .findFirst().orElseGet(() -> factory.createForRemoteOffer(m.media()));
            t.setMid(mid);
        }
    }

    /** An answer is applied (local or remote): currentDirection, and rejected sections stop transceivers. */
    void applyAnswer(Sdp answer, boolean local) {
        for (SdpMedia m : answer.media()) {
            Optional<RTCRtpTransceiver> t = m.mid().flatMap(this::byMid);
            if (t.isEmpty()) {
                continue;
            }
            if (m.isRejected()) {
                t.get().stopCompletely();
                continue;
            }
            RTCRtpTransceiverDirection d = Directions.fromSdp(m.direction());
            t.get().setCurrentDirection(local ? d : Directions.reverse(d));
        }
        // Stopped transceivers leave the set once negotiation has rejected their sections (section 5.4).
        transceivers.removeIf(RTCRtpTransceiver::isStopped);
    }

    /** The track and stream changes a remote description brings ("process remote tracks", section 5.1). */
    RemoteChanges processRemoteTracks(Sdp remote) {
        List<RTCTrackEvent> tracks = new ArrayList<>();
        List<MediaStream> added = new ArrayList<>();
        List<MediaStream> removed = new ArrayList<>();
        for (SdpMedia m : remote.media()) {
            Optional<RTCRtpTransceiver> found = m.mid().flatMap(this::byMid);
            if (found.isEmpty()) {
                continue;
            }
            RTCRtpTransceiver t = found.get();
            boolean remoteSends = !m.isRejected() && Directions.sends(Directions.fromSdp(m.direction()));
            boolean firedReceiving = t.firedDirection() != null && Directions.receives(t.firedDirection());
            MediaStreamTrack track = t.receiver().track();
            if (remoteSends && !firedReceiving) {
                List<MediaStream> streams = new ArrayList<>();
                for (String id : streamIds(m)) {
                    MediaStream s = remoteStreams.computeIfAbsent(id, MediaStream::new);
                    if (s.getTracks().isEmpty()) {
                        added.add(s);
                    }
                    s.addTrack(track);
                    streams.add(s);
                }
                tracks.add(new RTCTrackEvent(t.receiver(), track, streams, t));
                t.setFiredDirection(RTCRtpTransceiverDirection.RECVONLY);
            } else if (!remoteSends && firedReceiving) {
                for (MediaStream s : remoteStreams.values()) {
                    if (s.getTracks().contains(track)) {
                        s.removeTrack(track);
                        if (s.getTracks().isEmpty()) {
                            removed.add(s);
                        }
                    }
                }
                t.setFiredDirection(RTCRtpTransceiverDirection.INACTIVE);
            }
        }
        return new RemoteChanges(tracks, added, removed);
    }

    Optional<RTCRtpTransceiver> byMid(String mid) {
        return transceivers.stream().filter(t -> mid.equals(t.mid())).findFirst();
    }

    private static List<String> streamIds(SdpMedia m) {
        List<String> ids = new ArrayList<>();
        for (String msid : m.attributes("msid")) {
            String id = msid.trim().split("\\s+")[0];
            if (!id.equals("-") && !id.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
