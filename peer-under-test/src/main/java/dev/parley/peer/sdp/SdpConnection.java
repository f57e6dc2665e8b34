package dev.parley.peer.sdp;

/** The {@code c=} line (RFC 8866 section 5.7). */
public record SdpConnection(String netType, String addrType, String address) {

    /** What browsers write when no candidate is known yet. */
    public static final SdpConnection UNSPECIFIED = new SdpConnection("IN", "IP4", "0.0.0.0");

    @Override
    public String toString() {
        return netType + " " + addrType + " " + address;
    }
}
