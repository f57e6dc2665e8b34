package dev.parley.peer.datachannel;

import dev.parley.peer.sctp.association.SctpAssociation;
import dev.parley.peer.sctp.association.SctpEvent;
import dev.parley.peer.sctp.association.SendOptions;
import dev.parley.peer.sctp.association.SendStatus;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebRTC data channels (RFC 8831) and their establishment protocol DCEP (RFC 8832) over one
 * {@link SctpAssociation}, sans-I/O like the association: the driver passes packets and time through
 * this object and polls {@link DataChannelEvent}s. Stream ids are even for the DTLS client and odd for
 * the DTLS server (RFC 8832 section 6); a channel is closed by resetting its stream in both directions
 * (RFC 8831 section 6.7). Not thread-safe.
 */
public final class DataChannelEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(DataChannelEndpoint.class);
    private static final int MAX_STREAM_ID = 65534;

    private final SctpAssociation association;
    private final boolean dtlsClient;
    private final Map<Integer, DataChannelStream> channels = new TreeMap<>();
    private final ArrayDeque<DataChannelEvent> events = new ArrayDeque<>();
    private long remoteMaxMessageSize = 65536;
    private boolean connected;
    private boolean closed;

    /**
     * @param dtlsClient whether this end is the DTLS client (a=setup:active), which picks even stream ids
     */
    public DataChannelEndpoint(SctpAssociation association, boolean dtlsClient) {
        this.association = association;
        this.dtlsClient = dtlsClient;
    }

    public SctpAssociation association() {
        return association;
    }

    /**
     * The peer's a=max-message-size (RFC 8841 section 6); 0 means unlimited. Until set, 64 KiB as
     * RFC 8841 prescribes when the attribute is missing.
     */
    public void setRemoteMaxMessageSize(long bytes) {
        this.remoteMaxMessageSize = bytes == 0 ? Long.MAX_VALUE : bytes;
    }

    /**
     * The largest message send() accepts: the peer's limit capped by ours (the W3C
     * RTCSctpTransport.maxMessageSize, webrtc-pc section 6.1.1).
     */
    public long maxMessageSize() {
        return Math.min(remoteMaxMessageSize, association.options().maxMessageSize);
    }

    // ---- driver side: the association's I/O, passed through ----

    public void connect(long now) {
        association.connect(now);
        processEvents(now);
    }

    public void handlePacket(byte[] packet, long now) {
        association.handlePacket(packet, now);
        processEvents(now);
    }

    public void handleTimeout(long now) {
        association.handleTimeout(now);
        processEvents(now);
    }

    public long nextDeadline() {
        return association.nextDeadline();
    }

    public byte[] pollPacket() {
        return association.pollPacket();
    }

    public DataChannelEvent pollEvent() {
        return events.poll();
    }

    // ---- upper side: channels ----

    /**
     * Creates a channel; in-band ones announce themselves with DATA_CHANNEL_OPEN as soon as the
     * association is up. Returns the stream id.
     * @throws IllegalStateException if no stream id is free or the transport is closed
     * @throws IllegalArgumentException if a negotiated id is in use
     */
    public int createChannel(DataChannelParameters parameters, long now) {
        if (closed) {
            throw new IllegalStateException("the SCTP transport is closed");
        }
        int id;
        if (parameters.id() != null) {
            id = parameters.id();
            if (channels.containsKey(id)) {
                throw new IllegalArgumentException("stream id " + id + " is in use");
            }
        } else {
            id = freeStreamId();
        }
        DataChannelStream channel = new DataChannelStream(id, parameters.withId(id), false);
        channels.put(id, channel);
        channel.openPending = !parameters.negotiated();
        if (connected) {
            announce(channel, now);
        }
        processEvents(now);
        return id;
    }

    private int freeStreamId() {
        for (int id = dtlsClient ? 0 : 1; id <= MAX_STREAM_ID; id += 2) {
            if (!channels.containsKey(id)) {
                return id;
            }
        }
        throw new IllegalStateException("no free stream id");
    }

    private void announce(DataChannelStream channel, long now) {
        if (channel.openPending) {
            SendStatus s = association.send(channel.streamId, Ppid.DCEP.value(),
                    channel.parameters.toOpen().serialize(), SendOptions.RELIABLE_ORDERED, now);
            if (s != SendStatus.QUEUED) {
                LOG.warn("DATA_CHANNEL_OPEN on stream {} not sent: {}", channel.streamId, s);
                return;
            }
            channel.openPending = false;
        }
        channel.state = RTCDataChannelState.OPEN;
        events.add(new DataChannelEvent.ChannelOpened(channel.streamId, channel.parameters, false));
    }

    public RTCDataChannelState state(int streamId) {
        DataChannelStream c = channels.get(streamId);
        return c == null ? RTCDataChannelState.CLOSED : c.state;
    }

    public DataChannelParameters parameters(int streamId) {
        DataChannelStream c = channels.get(streamId);
        return c == null ? null : c.parameters;
    }

    /** Sends text (PPID 51, or 56 with one 0x00 byte when empty, RFC 8831 section 6.6). */
    public SendStatus sendText(int streamId, String text, long now) {
        return sendText(streamId, text.getBytes(StandardCharsets.UTF_8), now);
    }

    /** Sends text already encoded as UTF-8 (PPID 51, or 56 with one 0x00 byte when empty). */
    public SendStatus sendText(int streamId, byte[] utf8, long now) {
        return utf8.length == 0 ? send(streamId, Ppid.STRING_EMPTY, new byte[1], 0, now)
                : send(streamId, Ppid.STRING, utf8, utf8.length, now);
    }

    /** Sends binary data (PPID 53, or 57 with one 0x00 byte when empty). */
    public SendStatus sendBinary(int streamId, byte[] data, long now) {
        return data.length == 0 ? send(streamId, Ppid.BINARY_EMPTY, new byte[1], 0, now)
                : send(streamId, Ppid.BINARY, data, data.length, now);
    }

    private SendStatus send(int streamId, Ppid ppid, byte[] payload, int userLength, long now) {
        DataChannelStream c = channels.get(streamId);
        if (c == null || c.state != RTCDataChannelState.OPEN) {
            return SendStatus.NOT_ACCEPTING;
        }
        if (userLength > maxMessageSize()) {
            return SendStatus.MESSAGE_TOO_LARGE;
        }
        DataChannelParameters p = c.parameters;
        boolean unordered = !p.ordered() && c.acknowledged;
        Long lifetime = p.maxPacketLifeTime() == null ? null : (long) p.maxPacketLifeTime();
        SendStatus s = association.send(streamId, ppid.value(), payload,
                new SendOptions(unordered, p.maxRetransmits(), lifetime), now);
        processEvents(now);
        return s;
    }

    public long bufferedAmount(int streamId) {
        return association.bufferedAmount(streamId);
    }

    public void setBufferedAmountLowThreshold(int streamId, long bytes) {
        association.setBufferedAmountLowThreshold(streamId, bytes);
    }

    /** Closes a channel: queued messages go first, then its outgoing stream is reset (RFC 8831 6.7). */
    public void close(int streamId, long now) {
        DataChannelStream c = channels.get(streamId);
        if (c == null || c.state == RTCDataChannelState.CLOSING || c.state == RTCDataChannelState.CLOSED) {
            return;
        }
        c.state = RTCDataChannelState.CLOSING;
        if (!connected) {
            finishClose(c);
            return;
        }
        association.resetStreams(new int[] {streamId}, now);
        processEvents(now);
    }

    // ---- association events ----

    private void processEvents(long now) {
        for (SctpEvent e; (e = association.pollEvent()) != null; ) {
            if (e instanceof SctpEvent.Connected || e instanceof SctpEvent.Restarted) {
                onConnected(now);
            } else if (e instanceof SctpEvent.MessageReceived m) {
                onMessage(m, now);
            } else if (e instanceof SctpEvent.BufferedAmountLow low) {
                if (channels.containsKey(low.streamId())) {
                    events.add(new DataChannelEvent.BufferedAmountLow(low.streamId()));
                }
            } else if (e instanceof SctpEvent.OutgoingStreamsReset r) {
                for (int sid : r.streamIds()) {
                    onStreamReset(sid, true, now);
                }
            } else if (e instanceof SctpEvent.IncomingStreamsReset r) {
                for (int sid : r.streamIds()) {
                    onStreamReset(sid, false, now);
                }
            } else if (e instanceof SctpEvent.StreamResetFailed f) {
                for (int sid : f.streamIds()) {
                    DataChannelStream c = channels.get(sid);
                    if (c != null) {
                        finishClose(c, now);
                    }
                }
            } else if (e instanceof SctpEvent.Aborted a) {
                onTransportClosed(a.reason());
            } else if (e instanceof SctpEvent.Closed) {
                onTransportClosed("SCTP shutdown");
            }
        }
    }

    private void onConnected(long now) {
        if (connected) {
            return;
        }
        connected = true;
        int maxChannels = association.capabilities() == null ? 65535
                : Math.min(association.capabilities().outboundStreams(), association.capabilities().inboundStreams());
        events.add(new DataChannelEvent.TransportConnected(maxChannels));
        for (DataChannelStream c : new ArrayList<>(channels.values())) {
            if (c.state == RTCDataChannelState.CONNECTING) {
                announce(c, now);
            } else if (c.state == RTCDataChannelState.CLOSING) {
                association.resetStreams(new int[] {c.streamId}, now);
            }
        }
    }

    private void onMessage(SctpEvent.MessageReceived m, long now) {
        DataChannelStream closing = channels.get(m.streamId());
        if (closing != null && closing.incomingReset) {
            // The peer closed its side of this stream and already reuses the id for a new channel,
            // while the answer to our own reset is still on its way: the new channel's messages wait
            // until the old channel is gone (RFC 8831 section 6.7 frees an id only after both resets).
            closing.parked.add(m);
            return;
        }
        Ppid ppid = Ppid.of(m.ppid());
        if (ppid == Ppid.DCEP) {
            onDcep(m.streamId(), m.payload(), now);
            return;
        }
        DataChannelStream c = channels.get(m.streamId());
        if (c == null || ppid == null) {
            LOG.debug("dropping message on stream {} with PPID {}", m.streamId(), m.ppid());
            return;
        }
        // a message on the channel means the peer got our DATA_CHANNEL_OPEN (RFC 8832 section 6)
        c.acknowledged = true;
        switch (ppid) {
            case STRING, STRING_PARTIAL ->
                    events.add(new DataChannelEvent.MessageReceived(c.streamId, false, m.payload()));
            case BINARY, BINARY_PARTIAL ->
                    events.add(new DataChannelEvent.MessageReceived(c.streamId, true, m.payload()));
            case STRING_EMPTY -> events.add(new DataChannelEvent.MessageReceived(c.streamId, false, new byte[0]));
            case BINARY_EMPTY -> events.add(new DataChannelEvent.MessageReceived(c.streamId, true, new byte[0]));
            default -> LOG.debug("unexpected PPID {} on stream {}", ppid, c.streamId);
        }
    }

    private void onDcep(int streamId, byte[] payload, long now) {
        if (payload.length == 1 && payload[0] == DcepAckMessage.MESSAGE_TYPE) {
            DataChannelStream c = channels.get(streamId);
            if (c != null) {
                c.acknowledged = true;
            }
            return;
        }
        DcepOpenMessage open;
        try {
            open = DcepOpenMessage.parse(payload);
        } catch (DcepParseException e) {
            LOG.debug("ignoring malformed DCEP message on stream {}: {}", streamId, e.getMessage());
            return;
        }
        if (channels.containsKey(streamId)) {
            LOG.debug("ignoring DATA_CHANNEL_OPEN for stream {} already in use", streamId);
            return;
        }
        DataChannelStream c = new DataChannelStream(streamId, DataChannelParameters.fromOpen(open, streamId), true);
        channels.put(streamId, c);
        association.send(streamId, Ppid.DCEP.value(), new DcepAckMessage().serialize(), SendOptions.RELIABLE_ORDERED,
                now);
        c.state = RTCDataChannelState.OPEN;
        events.add(new DataChannelEvent.ChannelOpened(streamId, c.parameters, true));
    }

    private void onStreamReset(int streamId, boolean outgoing, long now) {
        DataChannelStream c = channels.get(streamId);
        if (c == null) {
            return;
        }
        if (!outgoing && c.incomingReset) {
            // a second reset of the peer's side: it closes the successor parked behind this channel
            c.parked.add(new SctpEvent.IncomingStreamsReset(new int[] {streamId}));
            return;
        }
        if (outgoing) {
            c.outgoingReset = true;
        } else {
            c.incomingReset = true;
            if (c.state != RTCDataChannelState.CLOSING) {
                // the peer closed: answer by resetting our side too (RFC 8831 section 6.7)
                c.state = RTCDataChannelState.CLOSING;
                events.add(new DataChannelEvent.ChannelClosing(streamId));
                association.resetStreams(new int[] {streamId}, now);
            }
        }
        if (c.outgoingReset && c.incomingReset) {
            finishClose(c, now);
        }
    }

    private void finishClose(DataChannelStream c) {
        c.state = RTCDataChannelState.CLOSED;
        channels.remove(c.streamId);
        events.add(new DataChannelEvent.ChannelClosed(c.streamId));
    }

    /** Closes the channel and then lets what its successor on the same id received through. */
    private void finishClose(DataChannelStream c, long now) {
        finishClose(c);
        for (SctpEvent e : c.parked) {
            if (e instanceof SctpEvent.MessageReceived m) {
                onMessage(m, now);
            } else {
                onStreamReset(c.streamId, false, now);
            }
        }
        c.parked.clear();
    }

    private void onTransportClosed(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        List<DataChannelStream> open = new ArrayList<>(channels.values());
        for (DataChannelStream c : open) {
            finishClose(c);
        }
        events.add(new DataChannelEvent.TransportClosed(reason));
    }

    /** RTCPeerConnection.close(): ABORT with "User-Initiated Abort", as the browsers send. */
    public void abort(long now) {
        association.abort("Close called", now);
        processEvents(now);
    }
}
