package dev.parley.peer.api;

import dev.parley.peer.datachannel.ChannelLifecycle;
import dev.parley.peer.datachannel.RTCDataChannel;
import dev.parley.peer.datachannel.RTCDataChannelState;
import dev.parley.peer.datachannel.RTCSctpTransport;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sdp.Sdp;
import dev.parley.peer.sdp.SdpMedia;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The data channels of a connection and the SCTP transport that carries them: creation with the checks of
 * createDataChannel (webrtc-pc section 6.1), stream ids from the DTLS role (RFC 8832 section 6), the
 * RTCSctpTransport created when an answer negotiates an m=application section and started when DTLS
 * connects, the "datachannel" event for channels the peer announces, and the counts RTCPeerConnectionStats
 * reports. Closed channels are forgotten. Every method runs under the connection's lock, except
 * {@link #onApplicationData}.
 */
final class DataChannels {

    private final Object lock;
    private final Executor events;
    private final Consumer<Event> fire;
    private final SctpOptions options = SctpOptions.defaults();
    private final List<RTCDataChannel> channels = new ArrayList<>();
    private final ChannelLifecycle lifecycle = new Lifecycle();
    private volatile RTCSctpTransport sctp;
    private Boolean dtlsClient;
    private PeerTransport connectedTransport;
    private boolean anyCreated;
    private boolean closed;
    private int opened;
    private int closedCount;

    /**
     * @param fire fires an event at the connection now (called on its event executor)
     */
    DataChannels(Object lock, Executor events, Consumer<Event> fire) {
        this.lock = lock;
        this.events = events;
        this.fire = fire;
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
        channel.setLifecycle(lifecycle);
        channels.add(channel);
        anyCreated = true;
        assignIds(dtlsClient);
        if (sctp != null) {
            sctp.attach(channel);
        }
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
        return new StatsCollector.Counts(opened, closedCount);
    }

    /** The W3C {@code sctp} attribute: null until an answer negotiated an m=application section. */
    RTCSctpTransport sctp() {
        return sctp;
    }

    /**
     * After each description: ids follow the DTLS role, and once an answer has negotiated an m=application
     * section on both sides the SCTP transport exists (webrtc-pc section 4.4.1.5, "set the description":
     * created in "connecting"; later answers update its max message size).
     */
    void afterDescription(SessionDescriptions descriptions, Boolean dtlsClient) {
        this.dtlsClient = dtlsClient;
        assignIds(dtlsClient);
        SessionDescriptions.Entry local = descriptions.currentLocal();
        SessionDescriptions.Entry remote = descriptions.currentRemote();
        if (closed || local == null || remote == null || application(local.sdp()).isEmpty()) {
            return;
        }
        Optional<SdpMedia> remoteSection = application(remote.sdp());
        if (remoteSection.isEmpty()) {
            return;
        }
        Long maxMessageSize = maxMessageSize(remoteSection.get());
        if (sctp != null) {
            sctp.setRemoteMaxMessageSize(maxMessageSize);
            return;
        }
        sctp = new RTCSctpTransport(options, maxMessageSize, events, this::announced);
        for (RTCDataChannel c : channels) {
            if (c.readyState() != RTCDataChannelState.CLOSED) {
                sctp.attach(c);
            }
        }
        if (connectedTransport != null) {
            connectedTransport.dtlsTransport().ifPresent(sctp::setTransport);
            startSctp(RTCDtlsTransportState.CONNECTED, connectedTransport);
        }
    }

    /** The DTLS transport's state: connected starts the association, closed or failed ends it. */
    void onDtlsState(RTCDtlsTransportState state, PeerTransport transport) {
        if (state == RTCDtlsTransportState.CONNECTED) {
            connectedTransport = transport;
        }
        if (sctp != null) {
            if (transport != null && sctp.transport() == null) {
                transport.dtlsTransport().ifPresent(sctp::setTransport);
            }
            startSctp(state, transport);
        }
    }

    private void startSctp(RTCDtlsTransportState state, PeerTransport transport) {
        if (dtlsClient != null && transport != null) {
            sctp.onDtlsState(state, dtlsClient, transport::sendApplicationData);
        }
    }

    /** One DTLS application-data record (any thread, no lock). */
    void onApplicationData(byte[] packet) {
        RTCSctpTransport s = sctp;
        if (s != null) {
            s.receive(packet);
        }
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

    /**
     * close() (section 4.4.1.6): every channel is "closed" at once with no event and no closing procedure,
     * then the association is torn down with an ABORT and the SCTP transport reads "closed".
     */
    void closeAll() {
        closed = true;
        for (RTCDataChannel channel : List.copyOf(channels)) {
            channel.connectionClosed();
        }
        if (sctp != null) {
            sctp.close();
        }
    }

    /** A channel the peer announced (DCEP OPEN), on the event executor: registered, then "datachannel". */
    private void announced(RTCDataChannel channel) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            channels.add(channel);
            opened++;
            channel.setLifecycle(lifecycle);
        }
        fire.accept(new RTCDataChannelEvent(channel));
    }

    private boolean isInUse(int id) {
        return channels.stream().anyMatch(c -> c.id() != null && c.id() == id
                && c.readyState() != RTCDataChannelState.CLOSED);
    }

    private static Optional<SdpMedia> application(Sdp sdp) {
        return sdp.media().stream().filter(m -> m.isDataChannel() && !m.isRejected()).findFirst();
    }

    /** a=max-message-size (RFC 8841 section 6), null when absent or malformed. */
    private static Long maxMessageSize(SdpMedia section) {
        for (String value : section.attributes("max-message-size")) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** Counts for RTCPeerConnectionStats and forgets closed channels, under the connection's lock. */
    private final class Lifecycle implements ChannelLifecycle {
        @Override
        public void opened(RTCDataChannel channel) {
            synchronized (lock) {
                opened++;
            }
        }

        @Override
        public void leftOpen(RTCDataChannel channel) {
            synchronized (lock) {
                closedCount++;
            }
        }

        @Override
        public void closed(RTCDataChannel channel) {
            synchronized (lock) {
                channels.remove(channel);
            }
        }
    }
}
