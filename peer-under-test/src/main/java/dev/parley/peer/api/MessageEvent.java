package dev.parley.peer.api;

import java.nio.charset.StandardCharsets;

/**
 * The HTML MessageEvent an RTCDataChannel fires for each received message: data is a String for a
 * text message, a byte[] for a binary one.
 */
public class MessageEvent extends Event {
    private final Object data;

    private MessageEvent(Object data) {
        super("message");
        this.data = data;
    }

    public static MessageEvent text(String text) {
        return new MessageEvent(text);
    }

    public static MessageEvent binary(byte[] payload) {
        return new MessageEvent(payload.clone());
    }

    /** A String or a byte[]. */
    public Object data() {
        return data instanceof byte[] b ? b.clone() : data;
    }

    public boolean isBinary() {
        return data instanceof byte[];
    }

    /** The bytes on the wire: the payload, or the UTF-8 of the text. */
    public byte[] bytes() {
        return data instanceof byte[] b ? b.clone() : ((String) data).getBytes(StandardCharsets.UTF_8);
    }
}
