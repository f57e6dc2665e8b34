package dev.parley.harness.peer;

import java.util.List;

/** The subset of RTCConfiguration the suites set; null members are left to the peer's default. */
public record PeerConfiguration(List<IceServer> iceServers, String iceTransportPolicy, String bundlePolicy) {

    public record IceServer(List<String> urls, String username, String credential) {
    }

    public static PeerConfiguration defaults() {
        return new PeerConfiguration(List.of(), "all", null);
    }

    public PeerConfiguration withIceServers(List<IceServer> servers, String policy) {
        return new PeerConfiguration(servers, policy, bundlePolicy);
    }
}
