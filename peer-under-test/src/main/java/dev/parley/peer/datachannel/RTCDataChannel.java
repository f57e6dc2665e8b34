package dev.parley.peer.datachannel;

import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.Event;
import dev.parley.peer.api.EventListener;
import dev.parley.peer.api.EventTarget;
import dev.parley.peer.api.RTCDataChannelInit;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * W3C webrtc-pc section 6.2 RTCDataChannel: the attributes and state of one channel. A channel starts
 * "connecting" and stays so until an SCTP association announces it open; without one, send() is an
 * InvalidStateError as the spec says for any channel that is not open.
 */
public class RTCDataChannel extends EventTarget {

    private static final AtomicInteger HANDLES = new AtomicInteger();

    private final String label;
    private final boolean ordered;
    private final Integer maxPacketLifeTime;
    private final Integer maxRetransmits;
    private final String protocol;
    private final boolean negotiated;
    private volatile Integer id;
    private volatile RTCDataChannelState readyState = RTCDataChannelState.CONNECTING;
    private volatile long bufferedAmountLowThreshold;
    private volatile String binaryType = "arraybuffer";
    private final int handle = HANDLES.incrementAndGet();

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

    /** Bytes queued for sending; nothing is queued before the channel opens. */
    public long bufferedAmount() {
        return 0;
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

    /** An identifier for the harness, unique in this JVM. */
    public int handle() {
        return handle;
    }

    public void send(String message) {
        checkOpen();
    }

    public void send(byte[] message) {
        checkOpen();
    }

    private void checkOpen() {
        if (readyState != RTCDataChannelState.OPEN) {
            throw DOMException.invalidState("send() on a data channel that is " + readyState.spec());
        }
    }

    /**
     * close() (section 6.2): starts the closing procedure. A channel no association carries yet has
     * nothing to reset, so the procedure finishes at once and "close" fires.
     */
    public void close() {
        if (readyState == RTCDataChannelState.CLOSING || readyState == RTCDataChannelState.CLOSED) {
            return;
        }
        readyState = RTCDataChannelState.CLOSING;
        queueTask(this::announceClosed);
    }

    /** The RTCPeerConnection closed (webrtc-pc section 4.4.1.x close(), step "each RTCDataChannel"). */
    public void connectionClosed() {
        if (readyState != RTCDataChannelState.CLOSED) {
            readyState = RTCDataChannelState.CLOSED;
            queueEvent(new Event("close"));
        }
    }

    /** Sets the id chosen once the DTLS role is known (negotiated channels have theirs from the start). */
    public void assignId(int streamId) {
        this.id = streamId;
    }

    private void announceClosed() {
        if (readyState != RTCDataChannelState.CLOSED) {
            readyState = RTCDataChannelState.CLOSED;
            fire(new Event("close"));
        }
    }

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
        return "RTCDataChannel[" + label + ", " + readyState + "]";
    }
}
