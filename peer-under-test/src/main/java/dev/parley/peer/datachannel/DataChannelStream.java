package dev.parley.peer.datachannel;

import dev.parley.peer.sctp.association.SctpEvent;
import java.util.ArrayList;
import java.util.List;

/** The per-channel state the endpoint keeps: parameters, W3C ready state and the close handshake. */
final class DataChannelStream {
    final int streamId;
    final DataChannelParameters parameters;
    final boolean announcedByPeer;
    RTCDataChannelState state = RTCDataChannelState.CONNECTING;
    /** DATA_CHANNEL_ACK received (or not needed): until then messages go ordered (RFC 8832 section 6). */
    boolean acknowledged;
    /** DATA_CHANNEL_OPEN still has to be sent (channel created before the association was up). */
    boolean openPending;
    boolean outgoingReset;
    boolean incomingReset;
    /**
     * Messages and resets of a new channel on this id that arrived before this one finished closing,
     * replayed in order once it has.
     */
    final List<SctpEvent> parked = new ArrayList<>();

    DataChannelStream(int streamId, DataChannelParameters parameters, boolean announcedByPeer) {
        this.streamId = streamId;
        this.parameters = parameters;
        this.announcedByPeer = announcedByPeer;
        this.acknowledged = announcedByPeer || parameters.negotiated();
    }
}
