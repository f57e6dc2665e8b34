package dev.parley.peer.datachannel;

/** What the data channel layer reports upward (to RTCDataChannel / RTCSctpTransport). */
public sealed interface DataChannelEvent {

    /** The SCTP association is up: RTCSctpTransport "connected". */
    record TransportConnected(int maxChannels) implements DataChannelEvent {
    }

    /** The association ended (ABORT, shutdown or failure); every channel is closed. */
    record TransportClosed(String reason) implements DataChannelEvent {
    }

    /**
     * A channel is open: ours once DATA_CHANNEL_OPEN went out (or at once when negotiated), the peer's
     * when its DATA_CHANNEL_OPEN arrived ({@code announcedByPeer}: the W3C "datachannel" event).
     */
    record ChannelOpened(int streamId, DataChannelParameters parameters, boolean announcedByPeer)
            implements DataChannelEvent {
    }

    /** A message (text or binary; empty ones included) arrived on an open channel. */
    record MessageReceived(int streamId, boolean binary, byte[] data) implements DataChannelEvent {
        public String text() {
            return new String(data, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The queued amount of a channel fell to or below its threshold. */
    record BufferedAmountLow(int streamId) implements DataChannelEvent {
    }

    /** The peer started closing the channel (its outgoing stream was reset). */
    record ChannelClosing(int streamId) implements DataChannelEvent {
    }

    /** Both directions of the channel's stream are reset (RFC 8831 section 6.7); the id is free again. */
    record ChannelClosed(int streamId) implements DataChannelEvent {
    }
}
