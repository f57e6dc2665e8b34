package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.ProtocolViolationCause;
import dev.parley.peer.sctp.packet.UserInitiatedAbortCause;
import dev.parley.peer.sctp.timer.Timer;
import dev.parley.peer.sctp.tx.OutgoingMessage;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

/**
 * One SCTP association over DTLS (RFC 9260, RFC 8261), sans-I/O: the driver feeds packets from DTLS
 * ({@link #handlePacket}) and the current time ({@link #handleTimeout}), and takes out packets for DTLS
 * ({@link #pollPacket}), events ({@link #pollEvent}) and the time to call back ({@link #nextDeadline}).
 * No threads, sockets or clocks inside; not thread-safe (drive it from one thread).
 *
 * <pre>
 *   SctpAssociation a = new SctpAssociation(SctpOptions.defaults(), new SecureRandom(), "pc1");
 *   a.connect(now);                          // both WebRTC ends do this (simultaneous open)
 *   loop: for (byte[] p; (p = a.pollPacket()) != null;) dtls.send(p);
 *         for (SctpEvent e; (e = a.pollEvent()) != null;) upperLayer.on(e);
 *         wait for a DTLS record or a.nextDeadline(), then a.handlePacket(record, now) / a.handleTimeout(now)
 * </pre>
 */
public final class SctpAssociation {
    private final AssociationContext ctx;
    private final HandshakeHandler handshake;
    private final ShutdownHandler shutdown;
    private final PacketHandler packets;

    public SctpAssociation(SctpOptions options) {
        this(options, new SecureRandom(), "sctp");
    }

    /** @param name used in logs only */
    public SctpAssociation(SctpOptions options, Random random, String name) {
        this.ctx = new AssociationContext(options, random, name);
        this.handshake = new HandshakeHandler(ctx);
        this.shutdown = new ShutdownHandler(ctx);
        this.packets = new PacketHandler(ctx, handshake, shutdown);
    }

    public SctpOptions options() {
        return ctx.options;
    }

    public AssociationState state() {
        return ctx.state;
    }

    /** What was negotiated with the peer, or null before the TCB exists. */
    public Capabilities capabilities() {
        return ctx.tcb == null ? null : ctx.tcb.capabilities;
    }

    /** Sends INIT (active open). Browsers do this on both ends at once; the collision is handled. */
    public void connect(long now) {
        guarded(() -> handshake.connect(now));
    }

    /** A packet received from the peer (one DTLS application-data record). */
    public void handlePacket(byte[] packet, long now) {
        guarded(() -> {
            List<Chunk> leading = packets.handle(packet, now);
            afterInput(now, leading);
        });
    }

    /** The time passed {@link #nextDeadline()} (calling it early or late is harmless). */
    public void handleTimeout(long now) {
        guarded(() -> {
            if (ctx.terminated) {
                return;
            }
            handshake.handleTimeout(now);
            if (ctx.tcb != null && !ctx.tcb.handleTimeout(now)) {
                return;
            }
            shutdown.handleTimeout(now);
            afterInput(now, List.of());
        });
    }

    /**
     * The next time {@link #handleTimeout} should be called, or Long.MAX_VALUE for none. Only the timers
     * count here, not packets waiting in {@link #pollPacket}: a driver must take those out (and send
     * them) after every call before it waits for this deadline, or they sit until the next timer fires
     * (a SACK held back that way looks like a stalled path and triggers T3-rtx).
     */
    public long nextDeadline() {
        if (ctx.terminated) {
            return Timer.NOT_RUNNING;
        }
        long d = Math.min(handshake.deadline(), shutdown.deadline());
        return ctx.tcb == null ? d : Math.min(d, ctx.tcb.nextDeadline());
    }

    /** The next packet to hand to DTLS, or null. */
    public byte[] pollPacket() {
        return ctx.outbox.poll();
    }

    /** The next event, or null. */
    public SctpEvent pollEvent() {
        return ctx.events.poll();
    }

    /**
     * Queues a user message. Data queued before the association is up is sent once it is.
     */
    public SendStatus send(int streamId, int ppid, byte[] payload, SendOptions options, long now) {
        if (ctx.terminated || ctx.state.isShuttingDown()) {
            return SendStatus.NOT_ACCEPTING;
        }
        if (payload.length == 0) {
            return SendStatus.EMPTY_MESSAGE;
        }
        int streams = ctx.tcb == null ? ctx.options.outboundStreams : ctx.tcb.capabilities.outboundStreams();
        if (streamId < 0 || streamId >= streams) {
            return SendStatus.INVALID_STREAM;
        }
        if (ctx.tcb != null && ctx.tcb.streamReset.isResetting(streamId)) {
            return SendStatus.NOT_ACCEPTING;
        }
        if (payload.length > ctx.options.maxMessageSize || payload.length > ctx.options.maxSendBufferBytes) {
            return SendStatus.MESSAGE_TOO_LARGE;
        }
        if (ctx.sendQueue.totalBufferedBytes() + payload.length > ctx.options.maxSendBufferBytes) {
            return SendStatus.BUFFER_FULL;
        }
        int maxRetransmits = options.maxRetransmits() == null ? OutgoingMessage.UNLIMITED_RETRANSMITS
                : options.maxRetransmits();
        long expiresAt = options.lifetimeMillis() == null ? Long.MAX_VALUE : now + options.lifetimeMillis();
        ctx.sendQueue.add(new OutgoingMessage(streamId, ppid, payload.clone(), options.unordered(), maxRetransmits,
                expiresAt));
        guarded(() -> afterInput(now, List.of()));
        return SendStatus.QUEUED;
    }

    /** Whether user data is queued or sent but not yet acknowledged (or abandoned and forwarded past). */
    public boolean hasPendingData() {
        return !ctx.sendQueue.isEmpty() || (ctx.tcb != null && ctx.tcb.retransmissions.hasOutstanding());
    }

    /** Bytes queued on a stream and not yet sent (the W3C bufferedAmount of a data channel). */
    public long bufferedAmount(int streamId) {
        return ctx.sendQueue.bufferedAmount(streamId);
    }

    public void setBufferedAmountLowThreshold(int streamId, long bytes) {
        ctx.sendQueue.setBufferedAmountLowThreshold(streamId, bytes);
    }

    /**
     * Resets outgoing streams (RFC 6525), e.g. to close data channels: queued messages are sent first;
     * {@link SctpEvent.OutgoingStreamsReset} follows when the peer performed it.
     */
    public void resetStreams(int[] streamIds, long now) {
        guarded(() -> {
            TransmissionControlBlock tcb = ctx.tcb;
            if (tcb == null || !tcb.capabilities.reconfiguration()) {
                ctx.emit(new SctpEvent.StreamResetFailed(streamIds.clone(), "stream reset not available"));
                return;
            }
            tcb.streamReset.requestReset(streamIds.clone());
            afterInput(now, List.of());
        });
    }

    /** Graceful close (RFC 9260 section 9.2). */
    public void shutdown(long now) {
        guarded(() -> {
            shutdown.shutdown(now);
            afterInput(now, List.of());
        });
    }

    /** Abortive close (section 9.1), as browsers do on RTCPeerConnection.close(). */
    public void abort(String reason, long now) {
        guarded(() -> ctx.abort(reason, List.of(UserInitiatedAbortCause.of(reason)), true, false));
    }

    private void afterInput(long now, List<Chunk> leading) {
        if (ctx.terminated) {
            return;
        }
        shutdown.progress(now);
        if (ctx.terminated) {
            return;
        }
        TransmissionControlBlock tcb = ctx.tcb;
        if (tcb != null) {
            tcb.flush(now, leading);
            shutdown.progress(now);
        } else if (!leading.isEmpty()) {
            ctx.log().warn("{}: dropping {} without an association", ctx.name, leading);
        }
    }

    /**
     * The core must never throw at its driver. A failure here is a bug in this stack: it is logged
     * and the association aborted with a Protocol Violation, so the session fails visibly.
     */
    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ctx.log().error("{}: internal error, aborting the association", ctx.name, e);
            ctx.abort("internal error: " + e, List.of(ProtocolViolationCause.of("internal error")), true, false);
        }
    }

    @Override
    public String toString() {
        return "SctpAssociation[" + ctx.name + ", " + ctx.state + "]";
    }

    /** The current transmission state (all zero before the TCB exists). */
    public SctpStats stats() {
        TransmissionControlBlock tcb = ctx.tcb;
        if (tcb == null) {
            return new SctpStats(ctx.state, 0, 0, 0, ctx.options.mtu, 0, 0, ctx.sendQueue.totalBufferedBytes(), 0, 0,
                    0, 0, 0);
        }
        return new SctpStats(ctx.state, tcb.rto.srttMillis(), tcb.congestion.cwnd(), tcb.retransmissions.peerRwnd(),
                ctx.options.mtu, tcb.retransmissions.outstandingCount(), tcb.retransmissions.flightSize(),
                ctx.sendQueue.totalBufferedBytes(), tcb.reassembly.bufferedBytes(), tcb.rto.rtoMillis(),
                tcb.retransmissions.t3Expirations(), tcb.retransmissions.fastRetransmissions(),
                tcb.retransmissions.retransmittedChunks());
    }
}
