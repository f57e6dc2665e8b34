package dev.parley.peer.sdp;

/** The {@code o=} line (RFC 8866 section 5.2); numbers are kept as text since browsers use 64-bit values. */
public record SdpOrigin(String username, String sessionId, String sessionVersion, String netType,
                        String addrType, String address) {

    @Override
    public String toString() {
        return String.join(" ", username, sessionId, sessionVersion, netType, addrType, address);
    }
}
