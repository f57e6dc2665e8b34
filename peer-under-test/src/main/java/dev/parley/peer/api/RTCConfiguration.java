package dev.parley.peer.api;

import dev.parley.peer.dtls.RTCCertificate;
import java.util.List;

/**
 * W3C webrtc-pc section 4.2.1 RTCConfiguration. A null member is an absent dictionary member and
 * reads as its spec default: no ICE servers, iceTransportPolicy "all", bundlePolicy "balanced",
 * rtcpMuxPolicy "require", generated certificates, iceCandidatePoolSize 0.
 */
public record RTCConfiguration(List<RTCIceServer> iceServers, RTCIceTransportPolicy iceTransportPolicy,
                               RTCBundlePolicy bundlePolicy, RTCRtcpMuxPolicy rtcpMuxPolicy,
                               List<RTCCertificate> certificates, Integer iceCandidatePoolSize) {

    public RTCConfiguration {
        iceServers = iceServers == null ? List.of() : List.copyOf(iceServers);
        iceTransportPolicy = iceTransportPolicy == null ? RTCIceTransportPolicy.ALL : iceTransportPolicy;
        bundlePolicy = bundlePolicy == null ? RTCBundlePolicy.BALANCED : bundlePolicy;
        rtcpMuxPolicy = rtcpMuxPolicy == null ? RTCRtcpMuxPolicy.REQUIRE : rtcpMuxPolicy;
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        iceCandidatePoolSize = iceCandidatePoolSize == null ? 0 : iceCandidatePoolSize;
    }

    /** {@code {}}: every member at its default. */
    public static RTCConfiguration defaults() {
        return new RTCConfiguration(null, null, null, null, null, null);
    }

    public RTCConfiguration withIceServers(List<RTCIceServer> servers) {
        return new RTCConfiguration(servers, iceTransportPolicy, bundlePolicy, rtcpMuxPolicy, certificates,
                iceCandidatePoolSize);
    }

    public RTCConfiguration withIceTransportPolicy(RTCIceTransportPolicy policy) {
        return new RTCConfiguration(iceServers, policy, bundlePolicy, rtcpMuxPolicy, certificates,
                iceCandidatePoolSize);
    }

    public RTCConfiguration withBundlePolicy(RTCBundlePolicy policy) {
        return new RTCConfiguration(iceServers, iceTransportPolicy, policy, rtcpMuxPolicy, certificates,
                iceCandidatePoolSize);
    }

    public RTCConfiguration withCertificates(List<RTCCertificate> certs) {
        return new RTCConfiguration(iceServers, iceTransportPolicy, bundlePolicy, rtcpMuxPolicy, certs,
                iceCandidatePoolSize);
    }

    public RTCConfiguration withIceCandidatePoolSize(int size) {
        return new RTCConfiguration(iceServers, iceTransportPolicy, bundlePolicy, rtcpMuxPolicy, certificates,
                size);
    }
}
