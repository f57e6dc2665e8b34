package dev.parley.harness.peer;

/** A snapshot of an RTCDataChannel's attributes. */
public record DataChannelInfo(String handle, String label, Integer id, String readyState, boolean ordered,
                              Integer maxPacketLifeTime, Integer maxRetransmits, String protocol,
                              boolean negotiated, long bufferedAmount) {
}
