package dev.parley.peer.datachannel;

/**
 * What defines a data channel, as in the W3C RTCDataChannelInit plus the label: ordering, at most one
 * reliability limit, subprotocol, whether it was negotiated out of band (then {@code id} is required)
 * and the DCEP priority (RFC 8832 section 5.1; Chromium sends 256, Firefox 0).
 */
public record DataChannelParameters(String label, String protocol, boolean ordered, Integer maxRetransmits,
                                    Integer maxPacketLifeTime, boolean negotiated, Integer id, int priority) {

    public DataChannelParameters {
        if (maxRetransmits != null && maxPacketLifeTime != null) {
            throw new IllegalArgumentException("maxRetransmits and maxPacketLifeTime are mutually exclusive");
        }
        if (negotiated && id == null) {
            throw new IllegalArgumentException("a negotiated channel needs an id");
        }
        if (id != null && (id < 0 || id > 65534)) {
            throw new IllegalArgumentException("stream id " + id + " out of range 0..65534");
        }
        if (label.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 65535
                || protocol.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 65535) {
            throw new IllegalArgumentException("label and protocol are limited to 65535 bytes");
        }
    }

    /** A reliable, ordered, in-band negotiated channel. */
    public static DataChannelParameters reliable(String label) {
        return new DataChannelParameters(label, "", true, null, null, false, null, 256);
    }

    public DataChannelType channelType() {
        return DataChannelType.of(ordered, maxRetransmits, maxPacketLifeTime);
    }

    /** The reliability parameter of DATA_CHANNEL_OPEN for this channel. */
    public int reliabilityParameter() {
        if (maxRetransmits != null) {
            return maxRetransmits;
        }
        return maxPacketLifeTime != null ? maxPacketLifeTime : 0;
    }

    /** The parameters a DATA_CHANNEL_OPEN announces for stream {@code streamId}. */
    public static DataChannelParameters fromOpen(DcepOpenMessage open, int streamId) {
        DataChannelType t = open.channelType();
        return new DataChannelParameters(open.label(), open.protocol(), t.ordered(),
                t.limitsRetransmits() ? open.reliabilityParameter() : null,
                t.limitsLifetime() ? open.reliabilityParameter() : null, false, streamId, open.priority());
    }

    public DcepOpenMessage toOpen() {
        return new DcepOpenMessage(channelType(), priority, reliabilityParameter(), label, protocol);
    }

    public DataChannelParameters withId(int streamId) {
        return new DataChannelParameters(label, protocol, ordered, maxRetransmits, maxPacketLifeTime, negotiated,
                streamId, priority);
    }
}
