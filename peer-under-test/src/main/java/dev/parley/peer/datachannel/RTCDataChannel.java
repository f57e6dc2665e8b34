package dev.parley.peer.datachannel;

import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.Event;
import dev.parley.peer.api.EventListener;
import dev.parley.peer.api.EventTarget;
import dev.parley.peer.api.MessageEvent;
import dev.parley.peer.api.RTCDataChannelInit;
import dev.parley.peer.api.RTCErrorEvent;
import dev.parley.peer.api.TypeError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * W3C webrtc-pc section 6.2 RTCDataChannel. A channel starts "connecting" and opens once an
 * {@link RTCSctpTransport} carries it: a channel of ours when its DATA_CHANNEL_OPEN went out (at once for a
 * negotiated one), a channel the peer announced already "open" when the "datachannel" event fires.
 *
 * <p>State changes the transport reports run as tasks on the connection's event executor, each with the
 * spec's checks ("announce open", "message received", "closing procedure", "underlying data transport
 * closed"); send() and close() act on the caller's thread. bufferedAmount grows in send() and shrinks, in a
 * task, as the transport hands the bytes to the network; "bufferedamountlow" fires when it falls from above
 * bufferedAmountLowThreshold to at most it. The send buffer is the transport's: {@link RTCSctpTransport}
 * documents its limit.
 */
public class RTCDataChannel extends EventTarget {

    private static final AtomicInteger HANDLES = new AtomicInteger();
    /** DCEP priority of our channels: what Chromium sends for the default "low" priority (RFC 8832 5.1). */
    static final int DCEP_PRIORITY = 256;

    private final String label;
    private final boolean ordered;
    private final Integer maxPacketLifeTime;
    private final Integer maxRetransmits;
    private final String protocol;
    private final boolean negotiated;
    private final int handle = HANDLES.incrementAndGet();
    private final AtomicLong bufferedAmount = new AtomicLong();
    private final LongAdder messagesSent = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();
    private final LongAdder messagesReceived = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();
    private volatile Integer id;
    private volatile RTCDataChannelState readyState = RTCDataChannelState.CONNECTING;
    private volatile long bufferedAmountLowThreshold;
    private volatile String binaryType = "arraybuffer";
    private volatile ChannelCarrier carrier;
    private volatile ChannelLifecycle lifecycle = ChannelLifecycle.NONE;

    /** A channel with checked options (see {@link RTCDataChannelInit#check}); events go to {@code events}. */
    public RTCDataChannel(String label, RTCDataChannelInit init, Executor events) {
        super(events);
        this.label = label;
        this.ordered = init.isOrdered();
        this.maxPacketLifeTime = init.maxPacketLifeTime();
        this.maxRetransmits = init.maxRetransmits();
        this.protocol = init.protocolOrEmpty();
        this.negotiated = init.isNegotiated();
        // Without negotiated, the id is chosen later from the DTLS role (RFC 8832 section 6).
        this.id = init.isNegotiated() ? init.id() : null;
    }

    /** A channel the peer announced with DATA_CHANNEL_OPEN: already "open", carried by {@code carrier}. */
    static RTCDataChannel announced(DataChannelParameters p, Executor events, ChannelCarrier carrier) {
        RTCDataChannel c = new RTCDataChannel(p.label(), new RTCDataChannelInit(p.ordered(), p.maxPacketLifeTime(),
                p.maxRetransmits(), p.protocol(), false, null), events);
        c.id = p.id();
        c.carrier = carrier;
        c.readyState = RTCDataChannelState.OPEN;
        return c;
    }

    // ---- attributes ---------------------------------------------------------------------------------

    public String label() {
        return label;
    }

    public boolean ordered() {
        return ordered;
    }

    public Integer maxPacketLifeTime() {
        return maxPacketLifeTime;
    }

    public Integer maxRetransmits() {
        return maxRetransmits;
    }

    public String protocol() {
        return protocol;
    }

    public boolean negotiated() {
        return negotiated;
    }

    /** The SCTP stream id, null until the DTLS role lets one be chosen (RFC 8832 section 6). */
    public Integer id() {
        return id;
    }

    public RTCDataChannelState readyState() {
        return readyState;
    }

    /** Bytes given to send() and not yet handed to the network; not reset when the channel closes. */
    public long bufferedAmount() {
        return bufferedAmount.get();
    }

    public long bufferedAmountLowThreshold() {
        return bufferedAmountLowThreshold;
    }

    public void setBufferedAmountLowThreshold(long threshold) {
        this.bufferedAmountLowThreshold = threshold;
    }

    public String binaryType() {
        return binaryType;
    }

    /** "blob" or "arraybuffer"; anything else is ignored, as the WebIDL enum setter does. */
    public void setBinaryType(String type) {
        if ("blob".equals(type) || "arraybuffer".equals(type)) {
            this.binaryType = type;
        }
    }

    /** An identifier for the harness and the stats id, unique in this JVM. */
    public int handle() {
        return handle;
    }

    /** The RTCDataChannelStats counters (W3C webrtc-stats section 7.6). */
    public DataChannelCounters counters() {
        return new DataChannelCounters(messagesSent.sum(), bytesSent.sum(), messagesReceived.sum(),
                bytesReceived.sum());
    }

    // ---- methods ------------------------------------------------------------------------------------

    /** send(USVString): UTF-8 text, PPID 51. */
    public void send(String message) {
        send(false, message.getBytes(StandardCharsets.UTF_8));
    }

    /** send(ArrayBuffer): binary, PPID 53. */
    public void send(byte[] message) {
        send(true, message.clone());
    }

    /** send(ArrayBufferView): the view's remaining bytes, binary. */
    public void send(ByteBuffer message) {
        byte[] data = new byte[message.remaining()];
        message.duplicate().get(data);
        send(true, data);
    }

    /**
     * The send() steps (section 6.2): InvalidStateError unless open, TypeError above the SCTP transport's
     * maxMessageSize, OperationError when its send buffer has no room; else bufferedAmount grows and the
     * message is queued.
     */
    private void send(boolean binary, byte[] data) {
        RTCDataChannelState state = readyState;
        ChannelCarrier c = carrier;
        if (state != RTCDataChannelState.OPEN || c == null) {
            throw DOMException.invalidState("send() on a data channel that is " + state.spec());
        }
        if (data.length > c.maxMessageSizeBytes()) {
            throw new TypeError("message of " + data.length + " bytes exceeds maxMessageSize " + c.maxMessageSizeBytes());
        }
        if (!c.reserve(wireSize(data.length))) {
            throw DOMException.operation("the send buffer is full: " + data.length + " bytes do not fit");
        }
        bufferedAmount.addAndGet(data.length);
        messagesSent.increment();
        bytesSent.add(data.length);
        c.send(this, binary, data);
    }

    /** Bytes a message takes in the SCTP send queue: an empty one travels as one 0x00 byte (RFC 8831 6.6). */
    static long wireSize(int length) {
        return Math.max(1, length);
    }

    /**
     * close() (section 6.2): "closing" at once, then the closing procedure: queued messages go out, the
     * stream is reset both ways, and "close" fires. A channel no transport carries yet closes at once.
     */
    public void close() {
        RTCDataChannelState previous = moveTo(RTCDataChannelState.CLOSING);
        if (previous == null) {
            return;
        }
        if (previous == RTCDataChannelState.OPEN) {
            lifecycle.leftOpen(this);
        }
        ChannelCarrier c = carrier;
        if (c == null) {
            queueTask(() -> finishClose(null));
        } else {
            c.close(this);
        }
    }

    /**
     * The RTCPeerConnection closed (section 4.4.1.6 close(), "set the [[ReadyState]] of each RTCDataChannel to
     * closed"): the channel is closed abruptly, no closing procedure, no event.
     */
    public void connectionClosed() {
        RTCDataChannelState previous;
        synchronized (this) {
            previous = readyState;
            readyState = RTCDataChannelState.CLOSED;
        }
        if (previous == RTCDataChannelState.CLOSED) {
            return;
        }
        if (previous == RTCDataChannelState.OPEN) {
            lifecycle.leftOpen(this);
        }
        lifecycle.closed(this);
    }

    /** Sets the id chosen once the DTLS role is known (negotiated channels have theirs from the start). */
    public void assignId(int streamId) {
        this.id = streamId;
    }

    /** How the connection follows the channel, for RTCPeerConnectionStats and its list of channels. */
    public void setLifecycle(ChannelLifecycle lifecycle) {
        this.lifecycle = lifecycle == null ? ChannelLifecycle.NONE : lifecycle;
    }

    // ---- what the transport reports (any thread; each queues a task) ----------------------------------

    void attach(ChannelCarrier carrier) {
        this.carrier = carrier;
    }

    ChannelCarrier carrier() {
        return carrier;
    }

    /** The DCEP parameters of a channel of ours, with its id. */
    DataChannelParameters parameters() {
        return new DataChannelParameters(label, protocol, ordered, maxRetransmits, maxPacketLifeTime, negotiated, id,
                DCEP_PRIORITY);
    }

    /** "Announce the data channel as open" for a channel of ours. */
    void announceOpen() {
        queueTask(() -> {
            boolean opened;
            synchronized (this) {
                opened = readyState == RTCDataChannelState.CONNECTING;
                if (opened) {
                    readyState = RTCDataChannelState.OPEN;
                }
            }
            if (opened) {
                lifecycle.opened(this);
                fire(new Event("open"));
            }
        });
    }

    /** After the "datachannel" event of a channel the peer announced: "open" unless the handler closed it. */
    void fireOpenAfterAnnouncement() {
        if (readyState == RTCDataChannelState.OPEN) {
            fire(new Event("open"));
        }
    }

    /** "A message has been received": dropped unless the channel is open when the task runs. */
    void deliver(boolean binary, byte[] data) {
        queueTask(() -> {
            if (readyState != RTCDataChannelState.OPEN) {
                return;
            }
            messagesReceived.increment();
            bytesReceived.add(data.length);
            fire(binary ? MessageEvent.binary(data) : MessageEvent.text(new String(data, StandardCharsets.UTF_8)));
        });
    }

    /** The transport handed {@code bytes} of this channel's messages to the network. */
    void drained(long bytes) {
        queueTask(() -> {
            long threshold = bufferedAmountLowThreshold;
            long before = bufferedAmount.getAndUpdate(v -> Math.max(0, v - bytes));
            long after = Math.max(0, before - bytes);
            if (before > threshold && after <= threshold) {
                fire(new Event("bufferedamountlow"));
            }
        });
    }

    /** The peer started the closing procedure (reset its stream): "closing" fires unless close() ran first. */
    void remoteClosing() {
        queueTask(() -> {
            RTCDataChannelState previous = moveTo(RTCDataChannelState.CLOSING);
            if (previous != null) {
                if (previous == RTCDataChannelState.OPEN) {
                    lifecycle.leftOpen(this);
                }
                fire(new Event("closing"));
            }
        });
    }

    /**
     * "The underlying data transport has been closed": "closed", then "error" with {@code errorDetail} when
     * the transport failed under the channel (null for a clean close), then "close".
     */
    void transportClosed(String errorDetail) {
        queueTask(() -> finishClose(errorDetail));
    }

    private void finishClose(String errorDetail) {
        RTCDataChannelState previous;
        synchronized (this) {
            previous = readyState;
            readyState = RTCDataChannelState.CLOSED;
        }
        if (previous == RTCDataChannelState.CLOSED) {
            return;
        }
        if (previous == RTCDataChannelState.OPEN) {
            lifecycle.leftOpen(this);
        }
        lifecycle.closed(this);
        if (errorDetail != null) {
            fire(new RTCErrorEvent(errorDetail, "the data channel's transport closed with an error"));
        }
        fire(new Event("close"));
    }

    /** Moves to closing from connecting or open; returns the state left, or null when already closing or closed. */
    private synchronized RTCDataChannelState moveTo(RTCDataChannelState closing) {
        RTCDataChannelState previous = readyState;
        if (previous == RTCDataChannelState.CLOSING || previous == RTCDataChannelState.CLOSED) {
            return null;
        }
        readyState = closing;
        return previous;
    }

    // ---- event handlers -----------------------------------------------------------------------------

    public void setOnopen(EventListener l) {
        setEventHandler("open", l);
    }

    public void setOnmessage(EventListener l) {
        setEventHandler("message", l);
    }

    public void setOnclose(EventListener l) {
        setEventHandler("close", l);
    }

    public void setOnclosing(EventListener l) {
        setEventHandler("closing", l);
    }

    public void setOnerror(EventListener l) {
        setEventHandler("error", l);
    }

    public void setOnbufferedamountlow(EventListener l) {
        setEventHandler("bufferedamountlow", l);
    }

    @Override
    public String toString() {
        return "RTCDataChannel[" + label + ", id " + id + ", " + readyState + "]";
    }
}
