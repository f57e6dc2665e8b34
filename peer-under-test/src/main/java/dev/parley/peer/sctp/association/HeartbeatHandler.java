package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.packet.HeartbeatAckChunk;
import dev.parley.peer.sctp.packet.HeartbeatInfoParameter;
import dev.parley.peer.sctp.packet.HeartbeatRequestChunk;
import dev.parley.peer.sctp.timer.Timer;
import java.nio.ByteBuffer;

/**
 * Path heartbeat (RFC 9260 section 8.3): a HEARTBEAT every HB.interval with our send time and a
 * nonce in its info (12 bytes, like dcSCTP's), RTT measurement from the echo, and an error count
 * when no HEARTBEAT ACK comes within RTO. Incoming HEARTBEATs are echoed at once.
 */
final class HeartbeatHandler {
    private static final int INFO_SIZE = 12;

    private final TransmissionControlBlock tcb;
    private final Timer interval = new Timer("heartbeat-interval");
    private final Timer timeout = new Timer("heartbeat-timeout");
    private int outstandingNonce;

    HeartbeatHandler(TransmissionControlBlock tcb) {
        this.tcb = tcb;
    }

    void start(long now) {
        long every = tcb.ctx.options.heartbeatIntervalMillis;
        if (every > 0) {
            interval.start(now, every);
        }
    }

    long deadline() {
        return Math.min(interval.deadline(), timeout.deadline());
    }

    boolean handleTimeout(long now) {
        if (timeout.isDue(now)) {
            timeout.expire();
            if (!tcb.countError("HEARTBEAT")) {
                return false;
            }
        }
        if (interval.isDue(now)) {
            interval.expire();
            outstandingNonce = tcb.ctx.random.nextInt();
            byte[] info = ByteBuffer.allocate(INFO_SIZE).putLong(now).putInt(outstandingNonce).array();
            tcb.queueControl(HeartbeatRequestChunk.of(info));
            timeout.start(now, tcb.timerDuration());
            interval.start(now, tcb.ctx.options.heartbeatIntervalMillis);
        }
        return true;
    }

    void handleRequest(HeartbeatRequestChunk request) {
        tcb.queueControl(new HeartbeatAckChunk(request.parameters()));
    }

    void handleAck(HeartbeatAckChunk ack, long now) {
        HeartbeatInfoParameter info = ack.info();
        if (info == null || info.info().length != INFO_SIZE || !timeout.isRunning()) {
            return;
        }
        ByteBuffer b = ByteBuffer.wrap(info.info());
        long sentAt = b.getLong();
        if (b.getInt() != outstandingNonce || sentAt > now) {
            return;
        }
        timeout.stop();
        tcb.rto.observeRtt(now - sentAt);
        tcb.clearErrorCount();
    }
}
