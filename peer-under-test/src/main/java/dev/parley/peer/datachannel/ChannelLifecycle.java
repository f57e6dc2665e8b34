package dev.parley.peer.datachannel;

/**
 * How an RTCPeerConnection follows its channels: RTCPeerConnectionStats counts the channels that opened and
 * that left "open" (W3C webrtc-stats dataChannelsOpened / dataChannelsClosed), and forgets closed ones.
 */
public interface ChannelLifecycle {

    ChannelLifecycle NONE = new ChannelLifecycle() {
    };

    /** The channel became "open". */
    default void opened(RTCDataChannel channel) {
    }

    /** The channel left "open" (for "closing" or "closed"). */
    default void leftOpen(RTCDataChannel channel) {
    }

    /** The channel is "closed". */
    default void closed(RTCDataChannel channel) {
    }
}
