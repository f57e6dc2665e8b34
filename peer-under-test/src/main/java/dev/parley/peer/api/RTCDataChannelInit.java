package dev.parley.peer.api;

import java.nio.charset.StandardCharsets;

/**
 * W3C webrtc-pc section 6.2 RTCDataChannelInit. Null members are absent ones: ordered defaults to true,
 * protocol to "", negotiated to false.
 */
public record RTCDataChannelInit(Boolean ordered, Integer maxPacketLifeTime, Integer maxRetransmits,
                                 String protocol, Boolean negotiated, Integer id) {

    /** The largest label or protocol, in UTF-8 bytes (section 6.1, createDataChannel step 4 and 10). */
    public static final int MAX_STRING_BYTES = 65535;
    /** The largest stream id a channel may use (65535 is reserved, RFC 8831 section 6.5). */
    public static final int MAX_ID = 65534;

    public static final RTCDataChannelInit DEFAULT = new RTCDataChannelInit(null, null, null, null, null, null);

    public static RTCDataChannelInit negotiated(int id) {
        return new RTCDataChannelInit(null, null, null, null, true, id);
    }

    public boolean isOrdered() {
        return ordered == null || ordered;
    }

    public boolean isNegotiated() {
        return negotiated != null && negotiated;
    }

    public String protocolOrEmpty() {
        return protocol == null ? "" : protocol;
    }

    /**
     * The checks of createDataChannel (webrtc-pc section 4.4.1.x createDataChannel steps 3 to 13), all of
     * them TypeErrors: over-long label or protocol, unsigned short ranges ([EnforceRange]), both
     * maxPacketLifeTime and maxRetransmits, negotiated without id, id 65535.
     */
    public void check(String label) {
        if (label == null) {
            throw new TypeError("label must be a string");
        }
        if (label.getBytes(StandardCharsets.UTF_8).length > MAX_STRING_BYTES) {
            throw new TypeError("label is longer than " + MAX_STRING_BYTES + " bytes");
        }
        if (protocolOrEmpty().getBytes(StandardCharsets.UTF_8).length > MAX_STRING_BYTES) {
            throw new TypeError("protocol is longer than " + MAX_STRING_BYTES + " bytes");
        }
        unsignedShort("maxPacketLifeTime", maxPacketLifeTime);
        unsignedShort("maxRetransmits", maxRetransmits);
        unsignedShort("id", id);
        if (maxPacketLifeTime != null && maxRetransmits != null) {
            throw new TypeError("maxPacketLifeTime and maxRetransmits cannot both be set");
        }
        if (isNegotiated() && id == null) {
            throw new TypeError("a negotiated channel needs an id");
        }
        if (id != null && id > MAX_ID) {
            throw new TypeError("id " + id + " is out of range 0.." + MAX_ID);
        }
    }

    private static void unsignedShort(String name, Integer value) {
        if (value != null && (value < 0 || value > 65535)) {
            throw new TypeError(name + " " + value + " is outside the unsigned short range 0..65535");
        }
    }
}
