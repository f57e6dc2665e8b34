package dev.parley.peer.ice;

import java.util.Locale;

/** W3C RTCIceProtocol: the transport of a candidate. */
public enum RTCIceProtocol {
    UDP("udp"),
    TCP("tcp");

    private final String specName;

    RTCIceProtocol(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    /** @throws IllegalArgumentException for anything but udp or tcp, in any case */
    public static RTCIceProtocol fromSpecName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "udp" -> UDP;
            case "tcp" -> TCP;
            default -> throw new IllegalArgumentException("unknown candidate transport: " + name);
        };
    }

    @Override
    public String toString() {
        return specName;
    }
}
