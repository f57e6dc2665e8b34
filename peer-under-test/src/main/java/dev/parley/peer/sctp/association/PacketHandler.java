package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.packet.AbortChunk;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.Chunks;
import dev.parley.peer.sctp.packet.CookieAckChunk;
import dev.parley.peer.sctp.packet.CookieEchoChunk;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.ErrorCauses;
import dev.parley.peer.sctp.packet.ErrorChunk;
import dev.parley.peer.sctp.packet.ForwardTsnChunk;
import dev.parley.peer.sctp.packet.HeartbeatAckChunk;
import dev.parley.peer.sctp.packet.HeartbeatRequestChunk;
import dev.parley.peer.sctp.packet.IDataChunk;
import dev.parley.peer.sctp.packet.IForwardTsnChunk;
import dev.parley.peer.sctp.packet.InitAckChunk;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.NoUserDataCause;
import dev.parley.peer.sctp.packet.ProtocolViolationCause;
import dev.parley.peer.sctp.packet.ReConfigChunk;
import dev.parley.peer.sctp.packet.SackChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import dev.parley.peer.sctp.packet.SctpParseException;
import dev.parley.peer.sctp.packet.ShutdownAckChunk;
import dev.parley.peer.sctp.packet.ShutdownChunk;
import dev.parley.peer.sctp.packet.ShutdownCompleteChunk;
import dev.parley.peer.sctp.packet.StaleCookieCause;
import dev.parley.peer.sctp.packet.UnknownChunk;
import dev.parley.peer.sctp.packet.UnrecognizedChunkTypeCause;
import dev.parley.peer.sctp.packet.UnrecognizedTypeAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an incoming packet (checksum, ports, verification tag rules of RFC 9260 section 8.5 and
 * 8.5.1, INIT bundling) and hands each chunk to the handler of its concern; answers packets that
 * belong to no association (section 8.4) and unknown chunk types by their upper two bits (3.2).
 */
final class PacketHandler {
    private final AssociationContext ctx;
    private final HandshakeHandler handshake;
    private final ShutdownHandler shutdown;

    PacketHandler(AssociationContext ctx, HandshakeHandler handshake, ShutdownHandler shutdown) {
        this.ctx = ctx;
        this.handshake = handshake;
        this.shutdown = shutdown;
    }

    /** Processes a packet; returns chunks that must lead the next outgoing packet (COOKIE ACK). */
    List<Chunk> handle(byte[] data, long now) {
        SctpPacket packet;
        try {
            packet = SctpPacket.parse(data, ctx.options.enableZeroChecksum);
        } catch (SctpParseException e) {
            ctx.log().trace("{}: dropping malformed packet: {}", ctx.name, e.getMessage());
            return List.of();
        }
        if (packet.destinationPort() != ctx.options.localPort || packet.sourcePort() != ctx.options.remotePort) {
            return List.of();
        }
        List<Chunk> chunks = packet.chunks();
        if (ctx.terminated) {
            // the association is gone: whatever the peer still sends is out of the blue (section 8.4)
            if (!containsInit(chunks)) {
                answerOutOfTheBlue(packet);
            }
            return List.of();
        }
        if (containsInit(chunks)) {
            // section 8.5.1 A: INIT has tag 0 and travels alone
            if (chunks.size() == 1 && packet.verificationTag() == 0) {
                handshake.handleInit((InitChunk) chunks.get(0), now);
            }
            return List.of();
        }
        boolean startsWithCookieEcho = chunks.get(0) instanceof CookieEchoChunk;
        if (!startsWithCookieEcho && !tagMatches(packet)) {
            answerOutOfTheBlue(packet);
            return List.of();
        }
        return dispatch(packet, now);
    }

    private static boolean containsInit(List<Chunk> chunks) {
        for (Chunk c : chunks) {
            if (c instanceof InitChunk) {
                return true;
            }
        }
        return false;
    }

    /** Section 8.5 and 8.5.1 B/C: ABORT and SHUTDOWN COMPLETE with T carry the peer's tag. */
    private boolean tagMatches(SctpPacket packet) {
        boolean reflected = false;
        for (Chunk c : packet.chunks()) {
            if ((c instanceof AbortChunk a && a.tagReflected())
                    || (c instanceof ShutdownCompleteChunk s && s.tagReflected())) {
                reflected = true;
            }
        }
        TransmissionControlBlock tcb = ctx.tcb;
        if (reflected) {
            return tcb != null && packet.verificationTag() == tcb.peerTag;
        }
        if (tcb != null) {
            return packet.verificationTag() == tcb.myTag;
        }
        return ctx.state == AssociationState.COOKIE_WAIT && packet.verificationTag() == ctx.myTag;
    }

    /** Section 8.4: a packet for no association of ours. */
    private void answerOutOfTheBlue(SctpPacket packet) {
        if (ctx.tcb != null || ctx.state != AssociationState.CLOSED) {
            return; // a wrong tag on a live association: silently discarded (section 8.5)
        }
        for (Chunk c : packet.chunks()) {
            if (c instanceof AbortChunk || c instanceof ShutdownCompleteChunk || c instanceof CookieAckChunk
                    || c instanceof ErrorChunk) {
                return;
            }
            if (c instanceof ShutdownAckChunk) {
                ctx.sendPacket(packet.verificationTag(), List.of(new ShutdownCompleteChunk(true)));
                return;
            }
        }
        ctx.sendPacket(packet.verificationTag(), List.of(new AbortChunk(true, List.of())));
    }

    private List<Chunk> dispatch(SctpPacket packet, long now) {
        List<Chunk> leading = new ArrayList<>();
        boolean hadData = false;
        for (Chunk c : packet.chunks()) {
            if (c instanceof CookieEchoChunk echo) {
                List<Chunk> reply = handshake.handleCookieEcho(echo, packet.verificationTag(), now);
                if (reply == null) {
                    return leading;
                }
                leading.addAll(reply);
            } else if (c instanceof InitAckChunk ack) {
                handshake.handleInitAck(ack, now);
            } else if (c instanceof CookieAckChunk) {
                handshake.handleCookieAck(now);
            } else if (c instanceof AbortChunk abort) {
                ctx.abort("ABORT from peer", abort.causes(), false, true);
            } else if (c instanceof ErrorChunk error) {
                handleError(error, now);
            } else if (c instanceof UnknownChunk unknown) {
                if (!handleUnknown(unknown)) {
                    return leading;
                }
            } else if (ctx.tcb == null) {
                // everything below needs an association; before one exists it is discarded
                continue;
            }
            if (ctx.state == AssociationState.COOKIE_ECHOED && impliesPeerEstablished(c)) {
                // The peer only sends these once it has our COOKIE ECHO, so its COOKIE ACK was lost or is
                // late (capture s1: DCEP OPENs right behind it). Acting on the implicit acknowledgement
                // keeps Connected ahead of the data and lets our own data flow without waiting for T1.
                handshake.handleCookieAck(now);
            }
            if (c instanceof DataChunk d) {
                if (!checkData(ctx.tcb.capabilities.messageInterleaving(), d.payload().length, d.tsn(), "DATA")) {
                    return leading;
                }
                ctx.tcb.handleData(d);
                hadData = true;
            } else if (c instanceof IDataChunk d) {
                if (!checkData(!ctx.tcb.capabilities.messageInterleaving(), d.payload().length, d.tsn(), "I-DATA")) {
                    return leading;
                }
                ctx.tcb.handleIData(d);
                hadData = true;
            } else if (c instanceof SackChunk sack) {
                ctx.tcb.handleSack(sack, now);
            } else if (c instanceof HeartbeatRequestChunk hb) {
                ctx.tcb.heartbeat.handleRequest(hb);
            } else if (c instanceof HeartbeatAckChunk hb) {
                ctx.tcb.heartbeat.handleAck(hb, now);
            } else if (c instanceof ForwardTsnChunk f) {
                if (ctx.tcb.capabilities.partialReliability() && !ctx.tcb.capabilities.messageInterleaving()) {
                    ctx.tcb.handleForwardTsn(f);
                } else if (!handleUnknown(c)) {
                    return leading;
                }
            } else if (c instanceof IForwardTsnChunk f) {
                if (ctx.tcb.capabilities.messageInterleaving()) {
                    ctx.tcb.handleIForwardTsn(f);
                } else if (!handleUnknown(c)) {
                    return leading;
                }
            } else if (c instanceof ReConfigChunk r) {
                ctx.tcb.streamReset.handle(r, now);
            } else if (c instanceof ShutdownChunk s) {
                shutdown.handleShutdown(s, now);
            } else if (c instanceof ShutdownAckChunk) {
                shutdown.handleShutdownAck();
            } else if (c instanceof ShutdownCompleteChunk) {
                shutdown.handleShutdownComplete();
            }
            if (ctx.terminated) {
                return List.of();
            }
        }
        if (hadData && ctx.tcb != null) {
            ctx.tcb.dataTracker.packetWithDataProcessed();
            shutdown.dataReceivedWhileShutdownSent();
        }
        return leading;
    }

    private static boolean impliesPeerEstablished(Chunk c) {
        return c instanceof DataChunk || c instanceof IDataChunk || c instanceof SackChunk
                || c instanceof ForwardTsnChunk || c instanceof IForwardTsnChunk || c instanceof ReConfigChunk
                || c instanceof ShutdownChunk;
    }

    /**
     * RFC 9260 section 6.2 (DATA without user data: ABORT "No User Data") and RFC 8260 section 2.2
     * (DATA once I-DATA was negotiated, or the reverse: ABORT "Protocol Violation").
     */
    private boolean checkData(boolean wrongKind, int length, int tsn, String kind) {
        if (wrongKind) {
            ctx.abort(kind + " chunk does not match the negotiated data chunk type",
                    List.of(ProtocolViolationCause.of(kind + " not negotiated")), true, false);
            return false;
        }
        if (length == 0) {
            ctx.abort("DATA chunk without user data", List.of(new NoUserDataCause(tsn)), true, false);
            return false;
        }
        return true;
    }

    private void handleError(ErrorChunk error, long now) {
        ctx.log().trace("{}: ERROR from peer: {}", ctx.name, ErrorCauses.describe(error.causes()));
        ctx.emit(new SctpEvent.PeerError(ErrorCauses.describe(error.causes())));
        for (var cause : error.causes()) {
            if (cause instanceof StaleCookieCause) {
                handshake.handleStaleCookie(now);
            }
        }
    }

    /**
     * A chunk type that is unknown or not negotiated: the upper two bits of its type say whether to
     * go on with the packet and whether to report it (section 3.2). Returns false to stop.
     */
    private boolean handleUnknown(Chunk chunk) {
        UnrecognizedTypeAction action = UnrecognizedTypeAction.ofChunkType(chunk.type());
        if (action.reports() && ctx.tcb != null) {
            ctx.tcb.queueControl(new ErrorChunk(List.of(new UnrecognizedChunkTypeCause(Chunks.serialize(chunk)))));
        }
        return !action.stops();
    }
}
