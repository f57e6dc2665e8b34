package dev.parley.peer.jsep;

/** Which of setLocalDescription or setRemoteDescription applies a description. */
public enum DescriptionSide {
    LOCAL("setLocal"),
    REMOTE("setRemote");

    private final String notation;

    DescriptionSide(String notation) {
        this.notation = notation;
    }

    /** The name used in transition notation: {@code have-local-offer -> setRemote(answer) -> stable}. */
    public String notation() {
        return notation;
    }
}
