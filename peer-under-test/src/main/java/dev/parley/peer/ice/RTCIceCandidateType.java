package dev.parley.peer.ice;

import java.util.Locale;

/** W3C RTCIceCandidateType: the {@code typ} of a candidate line (RFC 8839 section 5.1). */
public enum RTCIceCandidateType {
    HOST("host"),
    SRFLX("srflx"),
    PRFLX("prflx"),
    RELAY("relay");

    private final String specName;

    RTCIceCandidateType(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    /** @throws IllegalArgumentException for a type no RFC defines */
    public static RTCIceCandidateType fromSpecName(String name) {
        for (RTCIceCandidateType type : values()) {
            if (type.specName.equals(name.toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown candidate type: " + name);
    }

    @Override
    public String toString() {
        return specName;
    }
}
