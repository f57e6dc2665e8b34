package dev.parley.peer.datachannel;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.association.SctpAssociation;
import dev.parley.peer.sctp.association.SendStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thin driver around the sans-I/O {@link DataChannelEndpoint}: every method runs on the transport's one
 * scheduled executor and hands the endpoint the current time; after each input the driver sends the polled
 * packets through the {@link PacketSink}, turns the endpoint's events into channel tasks, reports the bytes
 * that left the send queue, and schedules one timer for the endpoint's next deadline (no polling loop).
 */
final class SctpDriver {

    private static final Logger LOG = LoggerFactory.getLogger(SctpDriver.class);

    /** What the driver tells the transport it runs for. */
    interface Host {
        void connected(int maxChannels);

        /** The association ended without our close(): aborted by the peer, failed, or DTLS went away. */
        void ended(String reason);

        /** The peer announced a channel: the "datachannel" event. */
        void announced(RTCDataChannel channel);

        /** Bytes of the send buffer were handed to the network (or dropped). */
        void released(long bytes);
    }

    /** A channel the endpoint carries, and how many of its bytes the association still holds. */
    private static final class Slot {
        final RTCDataChannel channel;
        long inAssociation;

        Slot(RTCDataChannel channel) {
            this.channel = channel;
        }
    }

    private final SctpOptions options;
    private final ScheduledExecutorService executor;
    private final LongSupplier clock;
    private final Host host;
    private final ChannelCarrier carrier;
    private final Executor events;
    private final Map<Integer, Slot> slots = new HashMap<>();
    private final List<RTCDataChannel> pending = new ArrayList<>();
    private DataChannelEndpoint endpoint;
    private PacketSink sink;
    private long remoteMaxMessageSize;
    private ScheduledFuture<?> timer;
    private long timerAt = Long.MAX_VALUE;
    private boolean ended;

    SctpDriver(SctpOptions options, ScheduledExecutorService executor, LongSupplier clock, Host host,
               ChannelCarrier carrier, Executor events, long remoteMaxMessageSize) {
        this.options = options;
        this.executor = executor;
        this.clock = clock;
        this.host = host;
        this.carrier = carrier;
        this.events = events;
        this.remoteMaxMessageSize = remoteMaxMessageSize;
    }

    /** DTLS is connected: the association starts (both ends send INIT; the endpoint handles the collision). */
    void start(boolean dtlsClient, PacketSink packets) {
        if (endpoint != null || ended) {
            return;
        }
        sink = packets;
        endpoint = new DataChannelEndpoint(new SctpAssociation(options), dtlsClient);
        endpoint.setRemoteMaxMessageSize(remoteMaxMessageSize);
        long now = clock.getAsLong();
        for (RTCDataChannel c : pending) {
            create(c, now);
        }
        pending.clear();
        endpoint.connect(now);
        afterInput(now);
    }

    void receive(byte[] packet) {
        if (endpoint != null && !ended) {
            long now = clock.getAsLong();
            endpoint.handlePacket(packet, now);
            afterInput(now);
        }
    }

    void setRemoteMaxMessageSize(long bytes) {
        remoteMaxMessageSize = bytes;
        if (endpoint != null) {
            endpoint.setRemoteMaxMessageSize(bytes);
        }
    }

    /** A channel of ours to carry: created on its stream now, or when the association starts. */
    void attach(RTCDataChannel channel) {
        if (ended) {
            channel.transportClosed("sctp-failure");
        } else if (endpoint == null) {
            pending.add(channel);
        } else {
            long now = clock.getAsLong();
            create(channel, now);
            afterInput(now);
        }
    }

    private void create(RTCDataChannel channel, long now) {
        Integer id = channel.id();
        if (channel.readyState() == RTCDataChannelState.CLOSED) {
            return;
        }
        if (id == null) {
            channel.transportClosed("data-channel-failure");
            return;
        }
        try {
            endpoint.createChannel(channel.parameters(), now);
            slots.put(id, new Slot(channel));
        } catch (IllegalArgumentException | IllegalStateException e) {
            LOG.info("data channel {} cannot open: {}", channel, e.getMessage());
            channel.transportClosed("data-channel-failure");
        }
    }

    void send(RTCDataChannel channel, boolean binary, byte[] data) {
        Slot slot = channel.id() == null ? null : slots.get(channel.id());
        long wire = RTCDataChannel.wireSize(data.length);
        if (slot == null || slot.channel != channel || ended) {
            dropped(channel, data.length, wire, "its stream is gone");
            return;
        }
        long now = clock.getAsLong();
        SendStatus status = binary ? endpoint.sendBinary(slot.channel.id(), data, now)
                : endpoint.sendText(slot.channel.id(), data, now);
        if (status == SendStatus.QUEUED) {
            slot.inAssociation += wire;
        } else {
            dropped(channel, data.length, wire, status.toString());
        }
        afterInput(now);
    }

    private void dropped(RTCDataChannel channel, long length, long wire, String why) {
        LOG.debug("message of {} bytes on {} not sent: {}", length, channel, why);
        host.released(wire);
        channel.drained(length);
    }

    /** The closing procedure: the endpoint resets the stream after the queued messages. */
    void close(RTCDataChannel channel) {
        if (pending.remove(channel)) {
            channel.transportClosed(null);
            return;
        }
        Slot slot = channel.id() == null ? null : slots.get(channel.id());
        if (slot == null || slot.channel != channel || ended) {
            channel.transportClosed(null);
            return;
        }
        long now = clock.getAsLong();
        endpoint.close(channel.id(), now);
        afterInput(now);
    }

    /** RTCPeerConnection.close(): ABORT goes out now, and nothing is reported any more. */
    void abort() {
        if (endpoint != null && !ended) {
            ended = true;
            endpoint.abort(clock.getAsLong());
            flush();
        }
        ended = true;
        stopTimer();
    }

    /** The DTLS transport closed or failed: every channel closes with an sctp-failure. */
    void lowerClosed(String reason) {
        if (ended) {
            return;
        }
        end(reason);
    }

    private void end(String reason) {
        ended = true;
        stopTimer();
        for (Slot s : slots.values()) {
            s.channel.transportClosed("sctp-failure");
        }
        pending.forEach(c -> c.transportClosed("sctp-failure"));
        slots.clear();
        pending.clear();
        host.ended(reason);
    }

    // ---- after every input ----------------------------------------------------------------------

    private void afterInput(long now) {
        flush();
        dispatch();
        if (ended) {
            return;
        }
        reportDrained();
        schedule(now);
    }

    private void flush() {
        for (byte[] p = endpoint.pollPacket(); p != null; p = endpoint.pollPacket()) {
            try {
                sink.send(p);
            } catch (IOException e) {
                LOG.debug("SCTP packet of {} bytes not sent: {}", p.length, e.getMessage());
            }
        }
    }

    private void dispatch() {
        List<DataChannelEvent> batch = new ArrayList<>();
        for (DataChannelEvent e = endpoint.pollEvent(); e != null; e = endpoint.pollEvent()) {
            batch.add(e);
        }
        boolean failing = batch.stream().anyMatch(e -> e instanceof DataChannelEvent.TransportClosed);
        for (DataChannelEvent e : batch) {
            if (ended) {
                return;
            }
            handle(e, failing);
        }
    }

    private void handle(DataChannelEvent event, boolean failing) {
        if (event instanceof DataChannelEvent.TransportConnected c) {
            host.connected(c.maxChannels());
        } else if (event instanceof DataChannelEvent.ChannelOpened o) {
            if (o.announcedByPeer()) {
                RTCDataChannel channel = RTCDataChannel.announced(o.parameters(), events, carrier);
                slots.put(o.streamId(), new Slot(channel));
                host.announced(channel);
            } else {
                withChannel(o.streamId(), RTCDataChannel::announceOpen);
            }
        } else if (event instanceof DataChannelEvent.MessageReceived m) {
            withChannel(m.streamId(), c -> c.deliver(m.binary(), m.data()));
        } else if (event instanceof DataChannelEvent.ChannelClosing c) {
            withChannel(c.streamId(), RTCDataChannel::remoteClosing);
        } else if (event instanceof DataChannelEvent.ChannelClosed c) {
            Slot slot = slots.remove(c.streamId());
            if (slot != null) {
                releaseRest(slot);
                slot.channel.transportClosed(failing ? "sctp-failure" : null);
            }
        } else if (event instanceof DataChannelEvent.TransportClosed t) {
            end(t.reason());
        }
    }

    private void withChannel(int streamId, java.util.function.Consumer<RTCDataChannel> action) {
        Slot slot = slots.get(streamId);
        if (slot != null) {
            action.accept(slot.channel);
        }
    }

    /** A closed channel's bytes still counted in the send buffer go back to it. */
    private void releaseRest(Slot slot) {
        if (slot.inAssociation > 0) {
            host.released(slot.inAssociation);
            slot.inAssociation = 0;
        }
    }

    private void reportDrained() {
        for (Map.Entry<Integer, Slot> e : slots.entrySet()) {
            Slot slot = e.getValue();
            if (slot.inAssociation > 0) {
                long left = endpoint.bufferedAmount(e.getKey());
                long gone = slot.inAssociation - left;
                if (gone > 0) {
                    slot.inAssociation = left;
                    host.released(gone);
                    slot.channel.drained(gone);
                }
            }
        }
    }

    private void schedule(long now) {
        long deadline = endpoint.nextDeadline();
        if (deadline == Long.MAX_VALUE || (timer != null && timerAt <= deadline)) {
            return;
        }
        stopTimer();
        timerAt = deadline;
        timer = executor.schedule(this::onTimer, Math.max(0, deadline - now), TimeUnit.MILLISECONDS);
    }

    private void onTimer() {
        timer = null;
        timerAt = Long.MAX_VALUE;
        if (ended || endpoint == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now >= endpoint.nextDeadline()) {
            endpoint.handleTimeout(now);
        }
        afterInput(now);
    }

    private void stopTimer() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
            timerAt = Long.MAX_VALUE;
        }
    }
}
