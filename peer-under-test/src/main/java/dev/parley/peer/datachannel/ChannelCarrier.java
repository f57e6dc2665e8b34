package dev.parley.peer.datachannel;

/**
 * What an {@link RTCDataChannel} needs from the SCTP transport that carries it. Calls come from any thread;
 * the carrier does the work on its own executor.
 */
interface ChannelCarrier {

    /** The W3C RTCSctpTransport.maxMessageSize, in bytes (Long.MAX_VALUE for no limit). */
    long maxMessageSizeBytes();

    /**
     * Takes {@code bytes} of the transport's send buffer, or returns false when it has no room for them (then
     * send() is an OperationError).
     */
    boolean reserve(long bytes);

    /** Queues a message already counted by {@link #reserve}. */
    void send(RTCDataChannel channel, boolean binary, byte[] data);

    /** Starts the closing procedure of the channel: its stream is reset once queued messages went out. */
    void close(RTCDataChannel channel);
}
