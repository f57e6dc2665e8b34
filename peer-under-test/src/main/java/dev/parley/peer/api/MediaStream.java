package dev.parley.peer.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;

/** W3C mediacapture-streams MediaStream: an id and a set of tracks. */
public final class MediaStream {

    private final String id;
    private final Set<MediaStreamTrack> tracks = new CopyOnWriteArraySet<>();

    public MediaStream() {
        this(UUID.randomUUID().toString());
    }

    public MediaStream(String id) {
        this.id = id;
    }

    public MediaStream(List<MediaStreamTrack> tracks) {
        this();
        this.tracks.addAll(tracks);
    }

    public String id() {
        return id;
    }

    public List<MediaStreamTrack> getTracks() {
        return List.copyOf(tracks);
    }

    public List<MediaStreamTrack> getAudioTracks() {
        return tracks.stream().filter(t -> t.kind().equals("audio")).toList();
    }

    public List<MediaStreamTrack> getVideoTracks() {
        return tracks.stream().filter(t -> t.kind().equals("video")).toList();
    }

    public void addTrack(MediaStreamTrack track) {
        tracks.add(track);
    }

    public void removeTrack(MediaStreamTrack track) {
        tracks.remove(track);
    }

    public boolean active() {
        return tracks.stream().anyMatch(t -> t.readyState() == MediaStreamTrackState.LIVE);
    }
}
