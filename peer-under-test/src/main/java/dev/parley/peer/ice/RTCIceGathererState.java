package dev.parley.peer.ice;

/** W3C RTCIceGathererState, with the spec's strings. */
public enum RTCIceGathererState {
    NEW("new"),
    GATHERING("gathering"),
    COMPLETE("complete");

    private final String specName;

    RTCIceGathererState(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    @Override
    public String toString() {
        return specName;
    }
}
