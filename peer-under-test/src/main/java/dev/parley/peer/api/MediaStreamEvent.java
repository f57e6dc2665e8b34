package dev.parley.peer.api;

/** The legacy addstream/removestream event, still fired by browsers for remote streams. */
@Deprecated
public class MediaStreamEvent extends Event {
    private final MediaStream stream;

    public MediaStreamEvent(String type, MediaStream stream) {
        super(type);
        this.stream = stream;
    }

    public MediaStream stream() {
        return stream;
    }
}
