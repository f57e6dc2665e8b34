package dev.parley.peer.api;

import dev.parley.peer.sdp.SdpCandidate;
import dev.parley.peer.sdp.SdpParseException;

/**
 * W3C webrtc-pc section 4.8.2 RTCIceCandidate. The attributes parsed from the candidate line are null
 * when the line is empty or does not follow the grammar, as in browsers: the constructor does not
 * validate the line, addIceCandidate() does.
 */
public final class RTCIceCandidate {

    private final String candidate;
    private final String sdpMid;
    private final Integer sdpMLineIndex;
    private final String usernameFragment;
    private final SdpCandidate parsed;
    private final String url;

    /** new RTCIceCandidate(init): TypeError when both sdpMid and sdpMLineIndex are null. */
    public RTCIceCandidate(RTCIceCandidateInit init) {
        this(init, null);
    }

    /**
     * A candidate this connection gathered (section 4.8.2: url and relayProtocol are set for local candidates
     * only).
     *
     * @param url the STUN or TURN server a srflx or relay candidate came from, else null
     */
    static RTCIceCandidate local(RTCIceCandidateInit init, String url) {
        return new RTCIceCandidate(init, url);
    }

    private RTCIceCandidate(RTCIceCandidateInit init, String url) {
        if (init == null || init.sdpMid() == null && init.sdpMLineIndex() == null) {
            throw new TypeError("RTCIceCandidateInit needs sdpMid or sdpMLineIndex");
        }
        this.candidate = init.candidate() == null ? "" : init.candidate();
        this.sdpMid = init.sdpMid();
        this.sdpMLineIndex = init.sdpMLineIndex();
        SdpCandidate p = null;
        if (!candidate.isEmpty()) {
            try {
                p = SdpCandidate.parse(candidate);
            } catch (SdpParseException e) {
                p = null;
            }
        }
        this.parsed = p;
        this.url = url;
        this.usernameFragment = init.usernameFragment() != null ? init.usernameFragment()
                : p != null ? p.usernameFragment() : null;
    }

    public String candidate() {
        return candidate;
    }

    public String sdpMid() {
        return sdpMid;
    }

    public Integer sdpMLineIndex() {
        return sdpMLineIndex;
    }

    public String usernameFragment() {
        return usernameFragment;
    }

    public String foundation() {
        return parsed == null ? null : parsed.foundation();
    }

    /** "rtp" for component 1, "rtcp" for 2 (RTCIceComponent). */
    public String component() {
        return parsed == null ? null : parsed.component() == 1 ? "rtp" : parsed.component() == 2 ? "rtcp" : null;
    }

    public Long priority() {
        return parsed == null ? null : parsed.priority();
    }

    public String address() {
        return parsed == null ? null : parsed.address();
    }

    /** "udp" or "tcp" (RTCIceProtocol). */
    public String protocol() {
        return parsed == null ? null : parsed.transport().toLowerCase(java.util.Locale.ROOT);
    }

    public Integer port() {
        return parsed == null ? null : parsed.port();
    }

    public String type() {
        return parsed == null ? null : parsed.type();
    }

    public String tcpType() {
        return parsed == null ? null : parsed.tcpType();
    }

    public String relatedAddress() {
        return parsed == null ? null : parsed.relatedAddress();
    }

    public Integer relatedPort() {
        return parsed == null ? null : parsed.relatedPort();
    }

    /** The STUN or TURN server URL of a local srflx or relay candidate; null otherwise. */
    public String url() {
        return url;
    }

    /**
     * RTCIceServerTransportProtocol of a local relay candidate: "udp", the only transport this peer's TURN
     * client speaks; null for other and remote candidates.
     */
    public String relayProtocol() {
        return url != null && "relay".equals(type()) ? "udp" : null;
    }

    public RTCIceCandidateInit toJSON() {
        return new RTCIceCandidateInit(candidate, sdpMid, sdpMLineIndex, usernameFragment);
    }

    @Override
    public String toString() {
        return candidate.isEmpty() ? "end-of-candidates(" + sdpMid + ")" : candidate;
    }
}
