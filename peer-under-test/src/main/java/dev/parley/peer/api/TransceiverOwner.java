package dev.parley.peer.api;

/** What a transceiver, sender or DTMF sender needs of the connection that owns it. */
interface TransceiverOwner {

    /** Throws InvalidStateError if the connection is closed. */
    void checkNotClosed(String operation);

    /** Whether a connected transport carries RTP: without one no DTMF tone can be sent. */
    boolean isConnected();

    /** The spec's "update the negotiation-needed flag" (section 4.7.3). */
    void updateNegotiationNeeded();
}
