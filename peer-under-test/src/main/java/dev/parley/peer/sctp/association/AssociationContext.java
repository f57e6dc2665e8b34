package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.packet.AbortChunk;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.CookieEchoChunk;
import dev.parley.peer.sctp.packet.ErrorCause;
import dev.parley.peer.sctp.packet.ErrorCauses;
import dev.parley.peer.sctp.packet.InitAckChunk;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import dev.parley.peer.sctp.tx.SendQueue;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State shared by the association's handlers: options, randomness, state, the TCB once it exists,
 * the send queue, and the two outputs (packets to send, events).
 */
final class AssociationContext {
    private static final Logger LOG = LoggerFactory.getLogger(SctpAssociation.class);

    final SctpOptions options;
    final Random random;
    final String name;
    final byte[] cookieKey = new byte[32];
    final SendQueue sendQueue = new SendQueue();
    final ArrayDeque<byte[]> outbox = new ArrayDeque<>();
    final ArrayDeque<SctpEvent> events = new ArrayDeque<>();
    AssociationState state = AssociationState.CLOSED;
    /** Our tag and initial TSN as sent in INIT (valid from COOKIE_WAIT on). */
    int myTag;
    int myInitialTsn;
    TransmissionControlBlock tcb;
    /** Set once the association has ended; no packet is then processed except to answer out of the blue. */
    boolean terminated;

    AssociationContext(SctpOptions options, Random random, String name) {
        this.options = options;
        this.random = random;
        this.name = name;
        random.nextBytes(cookieKey);
    }

    Logger log() {
        return LOG;
    }

    int newNonZeroTag() {
        int tag;
        do {
            tag = random.nextInt();
        } while (tag == 0);
        return tag;
    }

    void emit(SctpEvent event) {
        events.add(event);
    }

    void setState(AssociationState next) {
        if (state != next) {
            LOG.trace("{}: {} -> {}", name, state, next);
            state = next;
        }
    }

    /** Sends one packet; the checksum is left zero only when negotiated and the packet may carry it. */
    void sendPacket(int verificationTag, List<Chunk> chunks) {
        boolean zeroChecksum = tcb != null && tcb.capabilities.zeroChecksum() && mayUseZeroChecksum(chunks);
        SctpPacket packet = new SctpPacket(options.localPort, options.remotePort, verificationTag, chunks);
        if (LOG.isTraceEnabled()) {
            LOG.trace("{}: send tag={} {}", name, Integer.toHexString(verificationTag), chunks);
        }
        outbox.add(packet.serialize(zeroChecksum));
    }

    /** RFC 9653 section 5.3: packets with INIT, INIT ACK or COOKIE ECHO always carry a CRC32c. */
    private static boolean mayUseZeroChecksum(List<Chunk> chunks) {
        for (Chunk c : chunks) {
            if (c instanceof InitChunk || c instanceof InitAckChunk || c instanceof CookieEchoChunk) {
                return false;
            }
        }
        return true;
    }

    /**
     * Ends the association at once (RFC 9260 section 9.1): sends ABORT when the peer's tag is known and
     * {@code notifyPeer}, drops the TCB and reports {@link SctpEvent.Aborted}.
     */
    void abort(String reason, List<ErrorCause> causes, boolean notifyPeer, boolean byPeer) {
        if (terminated) {
            return;
        }
        if (notifyPeer && tcb != null) {
            sendPacket(tcb.peerTag, List.of(new AbortChunk(false, causes)));
        }
        LOG.debug("{}: association aborted ({}): {} {}", name, byPeer ? "by peer" : "locally", reason,
                ErrorCauses.describe(causes));
        terminate();
        emit(new SctpEvent.Aborted(reason, byPeer));
    }

    /** Goes to CLOSED for good: no timers run and no data is accepted any more. */
    void terminate() {
        terminated = true;
        setState(AssociationState.CLOSED);
        tcb = null;
    }
}
