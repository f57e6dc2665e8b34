package dev.parley.peer.api;

import dev.parley.peer.datachannel.RTCDataChannel;
import dev.parley.peer.datachannel.RTCDataChannelState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The data channels of a connection: creation with the checks of createDataChannel (webrtc-pc section
 * 6.1), stream ids from the DTLS role (RFC 8832 section 6), and the counts RTCPeerConnectionStats reports.
 * Every method runs under the connection's lock.
 */
final class DataChannels {

    private final Executor events;
    private final List<RTCDataChannel> channels = new ArrayList<>();
    private boolean anyCreated;
    private int opened;
    private int closed;

    DataChannels(Executor events) {
        this.events = events;
    }

    /**
     * Creates a channel in "connecting": TypeError for the option checks of {@link RTCDataChannelInit#check},
     * OperationError for a negotiated id another open channel uses.
     *
     * @param dtlsClient this side's DTLS role once known, else null
     */
    RTCDataChannel create(String label, RTCDataChannelInit options, Boolean dtlsClient) {
        options.check(label);
        if (options.isNegotiated() && isInUse(options.id())) {
            throw DOMException.operation("data channel id " + options.id() + " is already in use");
        }
        RTCDataChannel channel = new RTCDataChannel(label, options, events);
        channels.add(channel);
        anyCreated = true;
        assignIds(dtlsClient);
        return channel;
    }

    /** Whether any channel was ever created: then the offer needs an application section. */
    boolean anyCreated() {
        return anyCreated;
    }

    List<RTCDataChannel> list() {
        return List.copyOf(channels);
    }

    StatsCollector.Counts counts() {
        return new StatsCollector.Counts(opened, closed);
    }

    /**
     * Gives channels without an id one once the DTLS role is known: even ids for the DTLS client, odd for
     * the server, skipping ids in use.
     */
    void assignIds(Boolean dtlsClient) {
        if (dtlsClient == null) {
            return;
        }
        for (RTCDataChannel channel : channels) {
            if (channel.id() != null || channel.readyState() == RTCDataChannelState.CLOSED) {
                continue;
            }
            int id = dtlsClient ? 0 : 1;
            while (isInUse(id)) {
                id += 2;
            }
            if (id <= RTCDataChannelInit.MAX_ID) {
                channel.assignId(id);
            }
        }
    }

    /** The connection closed: every channel is closed, with a close event. */
    void closeAll() {
        for (RTCDataChannel channel : channels) {
            if (channel.readyState() != RTCDataChannelState.CLOSED) {
                if (channel.readyState() == RTCDataChannelState.OPEN) {
                    closed++;
                }
                channel.connectionClosed();
            }
        }
    }

    private boolean isInUse(int id) {
        return channels.stream().anyMatch(c -> c.id() != null && c.id() == id
                && c.readyState() != RTCDataChannelState.CLOSED);
    }
}
