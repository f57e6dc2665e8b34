package dev.parley.peer.ice;

/**
 * Which local candidates one gathering may produce and pair: the W3C {@code iceTransportPolicy}
 * as the ICE layer sees it ({@code RTCIceGatherOptions.gatherPolicy} of the webrtc-ice extension).
 * JSEP section 3.5.3: a new policy takes effect at the next gathering, so it travels with
 * {@link RTCIceTransport#gather}, not with the transport.
 */
public enum RTCIceGatherPolicy {
    /** Host, server-reflexive and relay candidates. */
    ALL("all"),
    /** Relay candidates only: host addresses are neither announced nor used to send checks or data. */
    RELAY("relay");

    private final String specName;

    RTCIceGatherPolicy(String specName) {
        this.specName = specName;
    }

    public String specName() {
        return specName;
    }

    /** @throws IllegalArgumentException for a value outside the enum (W3C: TypeError) */
    public static RTCIceGatherPolicy fromSpecName(String name) {
        for (RTCIceGatherPolicy policy : values()) {
            if (policy.specName.equals(name)) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown ICE transport policy: " + name);
    }

    @Override
    public String toString() {
        return specName;
    }
}
