package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.ErrorChunk;
import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.IDataChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import dev.parley.peer.sctp.packet.InvalidStreamIdentifierCause;
import dev.parley.peer.sctp.packet.SackChunk;
import dev.parley.peer.sctp.rx.DataFragment;
import dev.parley.peer.sctp.rx.DataTracker;
import dev.parley.peer.sctp.rx.ReassemblyQueue;
import dev.parley.peer.sctp.rx.ReceivedMessage;
import dev.parley.peer.sctp.timer.Timer;
import dev.parley.peer.sctp.tx.CongestionControl;
import dev.parley.peer.sctp.tx.RetransmissionQueue;
import dev.parley.peer.sctp.tx.RetransmissionTimeout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The Transmission Control Block of RFC 9260 section 14: tags, TSN state of both directions, timers
 * and the error counter, plus assembling outgoing packets (SACK, FORWARD TSN, RE-CONFIG, data).
 */
final class TransmissionControlBlock {
    /** Upper bound on packets produced per call, so a huge cwnd cannot stall the caller. */
    private static final int MAX_PACKETS_PER_FLUSH = 512;
    private static final int MAX_PENDING_CONTROL_CHUNKS = 256;

    final AssociationContext ctx;
    final int myTag;
    final int peerTag;
    final int myInitialTsn;
    final int peerInitialTsn;
    final Capabilities capabilities;
    final DataTracker dataTracker;
    final ReassemblyQueue reassembly;
    final RetransmissionTimeout rto;
    final CongestionControl congestion;
    final RetransmissionQueue retransmissions;
    final Timer t3 = new Timer("T3-rtx");
    final Timer delayedAck = new Timer("delayed-ack");
    final StreamResetHandler streamReset;
    final HeartbeatHandler heartbeat;
    /** Control chunks (ERROR, RE-CONFIG responses, HEARTBEAT ACK...) for the next packet. */
    private final List<Chunk> pendingControl = new ArrayList<>();
    private int errorCount;
    /** When data was last sent, for the idle cwnd reduction; -1 before any. */
    private long lastDataSentAt = -1;

    TransmissionControlBlock(AssociationContext ctx, int myTag, int peerTag, int myInitialTsn, int peerInitialTsn,
                             Capabilities capabilities) {
        SctpOptions o = ctx.options;
        this.ctx = ctx;
        this.myTag = myTag;
        this.peerTag = peerTag;
        this.myInitialTsn = myInitialTsn;
        this.peerInitialTsn = peerInitialTsn;
        this.capabilities = capabilities;
        this.dataTracker = new DataTracker(peerInitialTsn, o.maxDuplicateTsnsReported);
        this.reassembly = new ReassemblyQueue(capabilities.messageInterleaving(), o.maxReceiverWindowBytes,
                o.maxMessageSize);
        this.rto = new RetransmissionTimeout(o.rtoInitialMillis, o.rtoMinMillis, o.rtoMaxMillis);
        this.congestion = new CongestionControl(o.mtu, capabilities.peerReceiverWindow());
        this.retransmissions = new RetransmissionQueue(ctx.sendQueue, congestion, rto, myInitialTsn,
                capabilities.peerReceiverWindow(), capabilities.messageInterleaving(),
                capabilities.partialReliability());
        this.streamReset = new StreamResetHandler(this);
        this.heartbeat = new HeartbeatHandler(this);
    }

    /** The receiver window to advertise: the configured window less what waits in reassembly. */
    int advertisedReceiverWindow() {
        return (int) Math.max(0, ctx.options.maxReceiverWindowBytes - reassembly.bufferedBytes());
    }

    /** A timer duration derived from RTO, capped as configured (exponential backoff stays bounded). */
    long timerDuration() {
        return Math.min(rto.rtoMillis(), Math.max(ctx.options.maxTimerBackoffMillis, ctx.options.rtoMinMillis));
    }

    void queueControl(Chunk chunk) {
        // reports beyond this are dropped: a hostile packet must not make us queue without bound
        if (pendingControl.size() < MAX_PENDING_CONTROL_CHUNKS) {
            pendingControl.add(chunk);
        }
    }

    // ---- receiving data (RFC 9260 section 6.2, RFC 8260) ----

    void handleData(DataChunk c) {
        receive(c.tsn(), c.streamId(), c.payload().length, c.immediateAck(), tsn -> new DataFragment(tsn,
                c.streamId(), c.unordered(), c.ssn(), 0, c.ppid(), c.payload(), c.beginning(), c.ending()));
    }

    void handleIData(IDataChunk c) {
        receive(c.tsn(), c.streamId(), c.payload().length, c.immediateAck(), tsn -> new DataFragment(tsn,
                c.streamId(), c.unordered(), c.mid(), c.fsn(), c.ppid(), c.payload(), c.beginning(), c.ending()));
    }

    private void receive(int wireTsn, int streamId, int length, boolean immediateAck,
                         LongFunction<DataFragment> fragment) {
        long tsn = dataTracker.unwrap(wireTsn);
        if (dataTracker.isDuplicate(tsn)) {
            dataTracker.observeDuplicate(tsn);
            return;
        }
        if (!dataTracker.isAcceptable(tsn)) {
            return;
        }
        if (streamId >= capabilities.inboundStreams()) {
            // section 6.5: acknowledge the TSN, drop the data, report the invalid stream
            dataTracker.observe(tsn, true);
            queueControl(new ErrorChunk(List.of(new InvalidStreamIdentifierCause(streamId))));
            return;
        }
        if (!reassembly.hasRoomFor(length, tsn == dataTracker.cumulativeTsn() + 1)) {
            // out of buffer: leave the TSN unacknowledged; the peer retransmits it later. The next
            // expected TSN gets extra room, so a full buffer of out-of-order data cannot deadlock.
            return;
        }
        reassembly.add(fragment.apply(tsn));
        dataTracker.observe(tsn, immediateAck);
    }

    /** FORWARD TSN (RFC 3758 section 3.6). */
    void handleForwardTsn(ForwardTsnChunk c) {
        long newCum = dataTracker.unwrap(c.newCumulativeTsn());
        if (dataTracker.isWithinReach(newCum) && dataTracker.forwardTo(newCum)) {
            reassembly.forwardTsn(newCum, c.skippedStreams(), List.of());
        }
    }

    /** I-FORWARD-TSN (RFC 8260 section 2.3.2). */
    void handleIForwardTsn(IForwardTsnChunk c) {
        long newCum = dataTracker.unwrap(c.newCumulativeTsn());
        if (dataTracker.isWithinReach(newCum) && dataTracker.forwardTo(newCum)) {
            reassembly.forwardTsn(newCum, List.of(), c.skippedMessages());
        }
    }

    /** SACK (RFC 9260 section 6.2.1); T3 restarts when the cumulative ack advances (6.3.2 R3). */
    void handleSack(SackChunk sack, long now) {
        RetransmissionQueue.SackResult r = retransmissions.handleSack(sack, now);
        if (!r.accepted()) {
            return;
        }
        if (r.newlyAcknowledged()) {
            clearErrorCount(); // RFC 9260 section 8.3: an acknowledged TSN clears the error counter
        }
        if (!retransmissions.hasOutstanding()) {
            t3.stop();
        } else if (r.cumulativeAckAdvanced()) {
            t3.start(now, timerDuration());
        }
    }

    void deliverMessages() {
        for (ReceivedMessage m : reassembly.drainDelivered()) {
            ctx.emit(new SctpEvent.MessageReceived(m.streamId(), m.ppid(), m.payload()));
        }
        for (int sid : ctx.sendQueue.drainBufferedAmountLow()) {
            ctx.emit(new SctpEvent.BufferedAmountLow(sid));
        }
    }

    // ---- error counter (RFC 9260 section 8.1) ----

    /** Counts an unanswered retransmission; returns false (and aborts) when the limit is passed. */
    boolean countError(String what) {
        errorCount++;
        if (errorCount > ctx.options.maxRetransmissions) {
            ctx.abort("too many retransmissions (" + what + ")", List.of(), true, false);
            return false;
        }
        return true;
    }

    void clearErrorCount() {
        errorCount = 0;
    }

    // ---- timers ----

    long nextDeadline() {
        long d = Math.min(t3.deadline(), delayedAck.deadline());
        return Math.min(d, Math.min(streamReset.deadline(), heartbeat.deadline()));
    }

    /** Runs due timers. Returns false if the association ended. */
    boolean handleTimeout(long now) {
        if (delayedAck.isDue(now)) {
            delayedAck.expire();
            dataTracker.requestImmediateSack();
        }
        if (t3.isDue(now)) {
            t3.expire();
            if (!countError("T3-rtx")) {
                return false;
            }
            retransmissions.handleT3Expiry(now);
            t3.start(now, timerDuration());
        }
        if (!streamReset.handleTimeout(now)) {
            return false;
        }
        return heartbeat.handleTimeout(now);
    }

    // ---- sending ----

    /**
     * Sends everything that may go now: {@code leading} chunks first (e.g. COOKIE ACK), pending control
     * chunks, a SACK when due (or bundled with data), FORWARD TSN, RE-CONFIG, then data.
     */
    void flush(long now, List<Chunk> leading) {
        boolean first = true;
        boolean dataAllowed = ctx.state.carriesData() && ctx.state != AssociationState.SHUTDOWN_SENT
                && ctx.state != AssociationState.COOKIE_ECHOED;
        deliverMessages();
        int burst = ctx.options.maxBurst > 0 ? ctx.options.maxBurst : MAX_PACKETS_PER_FLUSH;
        int dataPackets = 0;
        for (int i = 0; i < MAX_PACKETS_PER_FLUSH; i++) {
            // per packet: a stream whose last message just got its TSN can be reset in the next one
            streamReset.prepareRequest(now);
            PacketBuilder b = new PacketBuilder(ctx.options.mtu);
            if (first) {
                b.addAll(leading);
            }
            while (!pendingControl.isEmpty() && b.add(pendingControl.get(0))) {
                pendingControl.remove(0);
            }
            boolean wantsData = dataAllowed && dataPackets < burst && retransmissions.canSendMore();
            if (dataTracker.shouldSendSackNow() || (dataTracker.hasPendingSack() && wantsData)) {
                if (b.add(dataTracker.createSack(advertisedReceiverWindow()))) {
                    delayedAck.stop();
                }
            }
            if (retransmissions.isForwardTsnDue()) {
                b.add(retransmissions.createForwardTsn());
            }
            streamReset.addChunks(b);
            if (dataAllowed && dataPackets < burst) {
                if (retransmissions.flightSize() == 0 && lastDataSentAt >= 0) {
                    long rtoMillis = Math.max(1, rto.rtoMillis());
                    long idleRtos = (now - lastDataSentAt) / rtoMillis;
                    congestion.onIdle(idleRtos);
                    lastDataSentAt += idleRtos * rtoMillis; // each idle RTO is counted once
                }
                List<Chunk> data = retransmissions.fillPacket(now, b.room(), first);
                if (!data.isEmpty()) {
                    lastDataSentAt = now;
                    dataPackets++;
                    b.addAll(data);
                }
            }
            if (b.isEmpty()) {
                break;
            }
            ctx.sendPacket(peerTag, b.chunks());
            first = false;
        }
        if (!retransmissions.hasOutstanding()) {
            t3.stop();
        } else if (!t3.isRunning()) {
            t3.start(now, timerDuration());
        }
        if (dataTracker.hasPendingSack()) {
            delayedAck.startIfStopped(now, ctx.options.delayedAckMillis);
        }
        deliverMessages();
    }

    /** Nothing waits to be sent or acknowledged (for SHUTDOWN, RFC 9260 section 9.2). */
    boolean isIdle() {
        return !retransmissions.hasOutstanding() && ctx.sendQueue.isEmpty();
    }
}
