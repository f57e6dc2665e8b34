package dev.parley.peer.ice;

/** W3C RTCIceRole: who nominates the pair (RFC 8445 section 6.1.1); the offerer controls. */
public enum RTCIceRole {
    CONTROLLING("controlling"),
    CONTROLLED("controlled");

    private final String specName;

    RTCIceRole(String specName) {
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
