package dev.parley.peer.sdp;

import java.util.List;

/** A {@code t=} line and the {@code r=} lines that follow it (RFC 8866 sections 5.9, 5.10), kept as text. */
public record SdpTiming(String times, List<String> repeats) {

    /** {@code t=0 0}: an unbounded session, the only timing WebRTC uses (RFC 8829 section 5.2.1). */
    public static final SdpTiming UNBOUNDED = new SdpTiming("0 0", List.of());

    public SdpTiming {
        repeats = List.copyOf(repeats);
    }
}
