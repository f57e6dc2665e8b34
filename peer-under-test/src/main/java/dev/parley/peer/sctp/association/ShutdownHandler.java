package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.packet.SackChunk;
import dev.parley.peer.sctp.packet.ShutdownAckChunk;
import dev.parley.peer.sctp.packet.ShutdownChunk;
import dev.parley.peer.sctp.packet.ShutdownCompleteChunk;
import dev.parley.peer.sctp.timer.Timer;
import java.util.List;

/**
 * Graceful close (RFC 9260 section 9.2): SHUTDOWN once all our data is acknowledged, SHUTDOWN ACK
 * once the peer's SHUTDOWN arrived and our data is acknowledged, SHUTDOWN COMPLETE, T2-shutdown
 * retransmissions, and both ends shutting down at once. (Browsers close with ABORT instead; this is
 * for completeness and for peers that do not.)
 */
final class ShutdownHandler {
    private final AssociationContext ctx;
    private final Timer t2 = new Timer("T2-shutdown");

    ShutdownHandler(AssociationContext ctx) {
        this.ctx = ctx;
    }

    long deadline() {
        return t2.deadline();
    }

    /** The user's shutdown(): waits for outstanding data, then sends SHUTDOWN. */
    void shutdown(long now) {
        switch (ctx.state) {
            case ESTABLISHED -> {
                ctx.setState(AssociationState.SHUTDOWN_PENDING);
                progress(now);
            }
            case COOKIE_WAIT, COOKIE_ECHOED -> {
                ctx.terminate();
                ctx.emit(new SctpEvent.Closed());
            }
            default -> {
                // already shutting down or closed
            }
        }
    }

    /** After every input: moves on once nothing is outstanding. */
    void progress(long now) {
        TransmissionControlBlock tcb = ctx.tcb;
        if (tcb == null || !tcb.isIdle()) {
            return;
        }
        if (ctx.state == AssociationState.SHUTDOWN_PENDING) {
            ctx.setState(AssociationState.SHUTDOWN_SENT);
            sendShutdown();
            t2.start(now, tcb.timerDuration());
        } else if (ctx.state == AssociationState.SHUTDOWN_RECEIVED) {
            ctx.setState(AssociationState.SHUTDOWN_ACK_SENT);
            ctx.sendPacket(tcb.peerTag, List.of(new ShutdownAckChunk()));
            t2.start(now, tcb.timerDuration());
        }
    }

    private void sendShutdown() {
        TransmissionControlBlock tcb = ctx.tcb;
        ctx.sendPacket(tcb.peerTag, List.of(new ShutdownChunk((int) tcb.dataTracker.cumulativeTsn())));
    }

    /** SHUTDOWN from the peer; its cumulative TSN ack acknowledges our data like a SACK. */
    void handleShutdown(ShutdownChunk chunk, long now) {
        TransmissionControlBlock tcb = ctx.tcb;
        if (tcb == null) {
            return;
        }
        long window = tcb.retransmissions.peerRwnd() + tcb.retransmissions.flightSize();
        tcb.handleSack(new SackChunk(chunk.cumulativeTsnAck(), (int) Math.min(window, 0xffffffffL), List.of(),
                List.of()), now);
        switch (ctx.state) {
            case ESTABLISHED, SHUTDOWN_PENDING -> ctx.setState(AssociationState.SHUTDOWN_RECEIVED);
            case SHUTDOWN_SENT -> {
                ctx.setState(AssociationState.SHUTDOWN_ACK_SENT);
                ctx.sendPacket(tcb.peerTag, List.of(new ShutdownAckChunk()));
                t2.start(now, tcb.timerDuration());
            }
            default -> {
                // SHUTDOWN RECEIVED / ACK SENT: a retransmission, answered by T2 or progress()
            }
        }
    }

    /** DATA while in SHUTDOWN-SENT: acknowledge at once and repeat SHUTDOWN (section 9.2). */
    void dataReceivedWhileShutdownSent() {
        if (ctx.state == AssociationState.SHUTDOWN_SENT && ctx.tcb != null) {
            ctx.tcb.dataTracker.requestImmediateSack();
            sendShutdown();
        }
    }

    void handleShutdownAck() {
        TransmissionControlBlock tcb = ctx.tcb;
        if (tcb == null) {
            return;
        }
        if (ctx.state == AssociationState.SHUTDOWN_SENT || ctx.state == AssociationState.SHUTDOWN_ACK_SENT) {
            ctx.sendPacket(tcb.peerTag, List.of(new ShutdownCompleteChunk(false)));
            closed();
        }
    }

    void handleShutdownComplete() {
        if (ctx.state == AssociationState.SHUTDOWN_ACK_SENT) {
            closed();
        }
    }

    private void closed() {
        t2.stop();
        ctx.terminate();
        ctx.emit(new SctpEvent.Closed());
    }

    void handleTimeout(long now) {
        if (!t2.isDue(now) || ctx.tcb == null) {
            return;
        }
        t2.expire();
        if (!ctx.tcb.countError("T2-shutdown")) {
            return;
        }
        if (ctx.state == AssociationState.SHUTDOWN_SENT) {
            sendShutdown();
        } else if (ctx.state == AssociationState.SHUTDOWN_ACK_SENT) {
            ctx.sendPacket(ctx.tcb.peerTag, List.of(new ShutdownAckChunk()));
        }
        t2.restartWithBackoff(now, ctx.options.maxTimerBackoffMillis);
    }
}
