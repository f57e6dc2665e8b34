package dev.parley.harness.peer;

/** RTCDataChannelInit; null members are left out, as in the browser dictionary. */
public record DataChannelInit(Boolean ordered, Integer maxPacketLifeTime, Integer maxRetransmits,
                              String protocol, Boolean negotiated, Integer id) {

    public static final DataChannelInit DEFAULT = new DataChannelInit(null, null, null, null, null, null);

    public static DataChannelInit unordered() {
        return new DataChannelInit(false, null, null, null, null, null);
    }

    public static DataChannelInit maxRetransmits(int n) {
        return new DataChannelInit(null, null, n, null, null, null);
    }

    public static DataChannelInit negotiated(int id) {
        return new DataChannelInit(null, null, null, null, true, id);
    }
}
