package dev.parley.harness.java;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.IceCandidate;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.peer.api.RTCBundlePolicy;
import dev.parley.peer.api.RTCConfiguration;
import dev.parley.peer.api.RTCDataChannelInit;
import dev.parley.peer.api.RTCIceCandidate;
import dev.parley.peer.api.RTCIceCandidateInit;
import dev.parley.peer.api.RTCIceServer;
import dev.parley.peer.api.RTCIceTransportPolicy;
import dev.parley.peer.api.RTCSessionDescription;
import dev.parley.peer.api.RTCSessionDescriptionInit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between the harness's driver records and the W3C dictionaries of the Java peer. */
final class Conversions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Conversions() {
    }

    static RTCConfiguration configuration(PeerConfiguration c) {
        List<RTCIceServer> servers = c.iceServers() == null ? List.of() : c.iceServers().stream()
                .map(s -> new RTCIceServer(s.urls(), s.username(), s.credential())).toList();
        return new RTCConfiguration(servers,
                c.iceTransportPolicy() == null ? null : RTCIceTransportPolicy.fromSpec(c.iceTransportPolicy()),
                c.bundlePolicy() == null ? null : RTCBundlePolicy.fromSpec(c.bundlePolicy()), null, null, null);
    }

    static SessionDescription description(RTCSessionDescription d) {
        return d == null ? null : new SessionDescription(d.type().spec(), d.sdp());
    }

    static SessionDescription description(RTCSessionDescriptionInit d) {
        return new SessionDescription(d.type().spec(), d.sdp());
    }

    /** A null description or type stays absent: the argument-less setLocalDescription(). */
    static RTCSessionDescriptionInit init(SessionDescription d) {
        if (d == null) {
            return new RTCSessionDescriptionInit(null, null);
        }
        return RTCSessionDescriptionInit.of(d.type(), d.sdp());
    }

    static RTCIceCandidateInit candidate(IceCandidate c) {
        return new RTCIceCandidateInit(c.candidate(), c.sdpMid(), c.sdpMLineIndex(), c.usernameFragment());
    }

    /** The icecandidate detail as the agent page records it: {"sdpMid":..,"sdpMLineIndex":..,"usernameFragment":..}. */
    static String candidateDetail(RTCIceCandidate c) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("sdpMid", c.sdpMid());
        detail.put("sdpMLineIndex", c.sdpMLineIndex());
        detail.put("usernameFragment", c.usernameFragment());
        try {
            return JSON.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("candidate detail not serializable: " + detail, e);
        }
    }

    static RTCDataChannelInit channelInit(DataChannelInit i) {
        if (i == null) {
            return RTCDataChannelInit.DEFAULT;
        }
        return new RTCDataChannelInit(i.ordered(), i.maxPacketLifeTime(), i.maxRetransmits(), i.protocol(),
                i.negotiated(), i.id());
    }
}
