package dev.parley.peer.ice;

/** W3C RTCIceTcpCandidateType (RFC 6544): Chrome offers {@code tcptype active} candidates. */
public enum RTCIceTcpCandidateType {
    ACTIVE("active"),
    PASSIVE("passive"),
    SO("so");

    private final String specName;

    RTCIceTcpCandidateType(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    /** @throws IllegalArgumentException for an unknown tcptype */
    public static RTCIceTcpCandidateType fromSpecName(String name) {
        for (RTCIceTcpCandidateType type : values()) {
            if (type.specName.equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown tcptype: " + name);
    }

    @Override
    public String toString() {
        return specName;
    }
}
