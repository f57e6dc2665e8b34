package dev.parley.peer.sdp;

import java.util.Objects;

/**
 * One {@code a=} line (RFC 8866 section 5.13): a property attribute has no value ({@code a=rtcp-mux}),
 * a value attribute has the text after the first colon, kept verbatim ({@code a=msid-semantic: WMS}).
 */
public record SdpAttribute(String name, String value) {

    public SdpAttribute {
        Objects.requireNonNull(name, "name");
    }

    public static SdpAttribute property(String name) {
        return new SdpAttribute(name, null);
    }

    public static SdpAttribute of(String name, Object value) {
        return new SdpAttribute(name, String.valueOf(value));
    }

    public boolean isProperty() {
        return value == null;
    }

    /** The line without the {@code a=} prefix. */
    @Override
    public String toString() {
        return value == null ? name : name + ":" + value;
    }
}
