package dev.parley.peer.jsep;

import dev.parley.peer.sdp.SdpOrigin;

/**
 * The o= line values JSEP keeps for the life of a connection (RFC 8829 section 5.2.1): one random
 * session id below 2^63, and a version that grows with each description that differs.
 */
public record SessionIdentity(long sessionId, long version) {

    public SdpOrigin origin() {
        return new SdpOrigin("-", Long.toString(sessionId), Long.toString(version), "IN", "IP4", "127.0.0.1");
    }
}
