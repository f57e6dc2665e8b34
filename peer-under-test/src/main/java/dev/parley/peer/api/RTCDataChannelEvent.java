package dev.parley.peer.api;

import dev.parley.peer.datachannel.RTCDataChannel;

/** W3C webrtc-pc section 6.3 RTCDataChannelEvent. */
public class RTCDataChannelEvent extends Event {
    private final RTCDataChannel channel;

    public RTCDataChannelEvent(RTCDataChannel channel) {
        super("datachannel");
        this.channel = channel;
    }

    public RTCDataChannel channel() {
        return channel;
    }
}
