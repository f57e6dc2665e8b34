package dev.parley.peer.sctp.association;

import dev.parley.peer.sctp.packet.AbortChunk;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.CookieAckChunk;
import dev.parley.peer.sctp.packet.CookieEchoChunk;
import dev.parley.peer.sctp.packet.CookieReceivedWhileShuttingDownCause;
import dev.parley.peer.sctp.packet.ErrorCause;
import dev.parley.peer.sctp.packet.ErrorChunk;
import dev.parley.peer.sctp.packet.InitAckChunk;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.MissingMandatoryParameterCause;
import dev.parley.peer.sctp.packet.Parameter;
import dev.parley.peer.sctp.packet.Parameters;
import dev.parley.peer.sctp.packet.ShutdownAckChunk;
import dev.parley.peer.sctp.packet.StaleCookieCause;
import dev.parley.peer.sctp.packet.StateCookieParameter;
import dev.parley.peer.sctp.packet.UnknownParameter;
import dev.parley.peer.sctp.packet.UnrecognizedParameterParameter;
import dev.parley.peer.sctp.packet.UnrecognizedParametersCause;
import dev.parley.peer.sctp.timer.Timer;
import java.util.ArrayList;
import java.util.List;

/**
 * Association setup (RFC 9260 section 5): INIT, INIT ACK with a signed State Cookie, COOKIE ECHO,
 * COOKIE ACK, the T1-init / T1-cookie retransmissions, and the cases where both ends start at once
 * (every browser session: section 5.2.1 INIT in COOKIE-WAIT / COOKIE-ECHOED answered with our own tag,
 * section 5.2.4 COOKIE ECHO classified by the tie tags as restart (A), collision (B), stale (C) or
 * duplicate (D)).
 */
final class HandshakeHandler {
    private final AssociationContext ctx;
    private final Timer t1Init = new Timer("T1-init");
    private final Timer t1Cookie = new Timer("T1-cookie");
    private byte[] cookieToEcho;
    private List<Chunk> cookieEchoBundle = List.of();

    HandshakeHandler(AssociationContext ctx) {
        this.ctx = ctx;
    }

    long deadline() {
        return Math.min(t1Init.deadline(), t1Cookie.deadline());
    }

    /** Active open (section 5.1 A). */
    void connect(long now) {
        if (ctx.state != AssociationState.CLOSED || ctx.terminated || ctx.tcb != null) {
            return;
        }
        ctx.myTag = ctx.newNonZeroTag();
        ctx.myInitialTsn = ctx.random.nextInt();
        ctx.setState(AssociationState.COOKIE_WAIT);
        sendInit();
        t1Init.start(now, ctx.options.rtoInitialMillis);
    }

    private void sendInit() {
        ctx.sendPacket(0, List.of(new InitChunk(ctx.myTag, ctx.options.maxReceiverWindowBytes,
                ctx.options.outboundStreams, ctx.options.inboundStreams, ctx.myInitialTsn,
                Capabilities.ownParameters(ctx.options))));
    }

    /** INIT in any state (sections 5.1 B, 5.2.1, 5.2.2): answered with INIT ACK, no state kept. */
    void handleInit(InitChunk init, long now) {
        if (ctx.terminated || init.initiateTag() == 0 || init.outboundStreams() == 0 || init.inboundStreams() == 0) {
            return;
        }
        if (ctx.state == AssociationState.SHUTDOWN_ACK_SENT) {
            // section 9.2: the peer's SHUTDOWN COMPLETE was probably lost; repeat the SHUTDOWN ACK instead
            ctx.sendPacket(ctx.tcb.peerTag, List.of(new ShutdownAckChunk()));
            return;
        }
        int tag;
        int tsn;
        int myTie = 0;
        int peerTie = 0;
        switch (ctx.state) {
            case CLOSED -> {
                tag = ctx.newNonZeroTag();
                tsn = ctx.random.nextInt();
            }
            case COOKIE_WAIT -> {
                tag = ctx.myTag;
                tsn = ctx.myInitialTsn;
            }
            case COOKIE_ECHOED -> {
                tag = ctx.myTag;
                tsn = ctx.myInitialTsn;
                myTie = ctx.tcb.myTag;
                peerTie = ctx.tcb.peerTag;
            }
            default -> {
                tag = ctx.newNonZeroTag();
                tsn = ctx.random.nextInt();
                myTie = ctx.tcb.myTag;
                peerTie = ctx.tcb.peerTag;
            }
        }
        StateCookie cookie = new StateCookie(tag, tsn, init.initiateTag(), init.initialTsn(), init.aRwnd(),
                init.outboundStreams(), init.inboundStreams(), myTie, peerTie, now,
                Capabilities.Offer.of(recognized(init.parameters(), null)));
        List<Parameter> params = new ArrayList<>();
        params.add(new StateCookieParameter(cookie.serialize(ctx.cookieKey)));
        params.addAll(Capabilities.ownParameters(ctx.options));
        List<UnknownParameter> toReport = new ArrayList<>();
        recognized(init.parameters(), toReport);
        for (UnknownParameter u : toReport) {
            params.add(new UnrecognizedParameterParameter(Parameters.serialize(u)));
        }
        ctx.sendPacket(init.initiateTag(), List.of(new InitAckChunk(tag, ctx.options.maxReceiverWindowBytes,
                ctx.options.outboundStreams, ctx.options.inboundStreams, tsn, params)));
    }

    /**
     * The parameters up to the first unknown one whose type says "stop" (RFC 9260 section 3.2.1);
     * unknown ones whose type says "report" go to {@code toReport}.
     */
    private static List<Parameter> recognized(List<Parameter> params, List<UnknownParameter> toReport) {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : params) {
            if (p instanceof UnknownParameter u) {
                if (toReport != null && u.action().reports()) {
                    toReport.add(u);
                }
                if (u.action().stops()) {
                    break;
                }
                continue;
            }
            out.add(p);
        }
        return out;
    }

    /** INIT ACK in COOKIE-WAIT (section 5.1 C): builds the TCB and echoes the cookie. */
    void handleInitAck(InitAckChunk ack, long now) {
        if (ctx.state != AssociationState.COOKIE_WAIT || ack.initiateTag() == 0 || ack.outboundStreams() == 0
                || ack.inboundStreams() == 0) {
            return;
        }
        StateCookieParameter cookie = Parameters.find(ack.parameters(), StateCookieParameter.class);
        if (cookie == null) {
            ctx.sendPacket(ack.initiateTag(), List.of(new AbortChunk(false,
                    List.of(new MissingMandatoryParameterCause(new int[] {StateCookieParameter.TYPE})))));
            ctx.abort("INIT ACK without State Cookie", List.of(), false, false);
            return;
        }
        List<UnknownParameter> toReport = new ArrayList<>();
        List<Parameter> params = recognized(ack.parameters(), toReport);
        Capabilities caps = Capabilities.negotiate(ctx.options, Capabilities.Offer.of(params), ack.outboundStreams(),
                ack.inboundStreams(), ack.aRwnd() & 0xffffffffL);
        ctx.tcb = new TransmissionControlBlock(ctx, ctx.myTag, ack.initiateTag(), ctx.myInitialTsn, ack.initialTsn(),
                caps);
        t1Init.stop();
        cookieToEcho = cookie.cookie();
        List<Chunk> bundle = new ArrayList<>();
        bundle.add(new CookieEchoChunk(cookieToEcho));
        if (!toReport.isEmpty()) {
            List<ErrorCause> causes = new ArrayList<>();
            for (UnknownParameter u : toReport) {
                causes.add(new UnrecognizedParametersCause(Parameters.serialize(u)));
            }
            bundle.add(new ErrorChunk(causes));
        }
        cookieEchoBundle = bundle;
        ctx.setState(AssociationState.COOKIE_ECHOED);
        ctx.sendPacket(ctx.tcb.peerTag, cookieEchoBundle);
        t1Cookie.start(now, ctx.tcb.timerDuration());
    }

    /**
     * COOKIE ECHO (sections 5.1 D, 5.1.5, 5.2.4). Returns the chunks to lead the next packet (COOKIE
     * ACK), or null when the cookie was not accepted and the rest of the packet must be ignored.
     */
    List<Chunk> handleCookieEcho(CookieEchoChunk echo, int packetTag, long now) {
        StateCookie cookie = StateCookie.parse(echo.cookie(), ctx.cookieKey);
        if (cookie == null || packetTag != cookie.myTag() || ctx.terminated) {
            return null;
        }
        TransmissionControlBlock tcb = ctx.tcb;
        boolean duplicate = tcb != null && tcb.myTag == cookie.myTag() && tcb.peerTag == cookie.peerTag();
        if (!duplicate && cookie.validity(now, ctx.options.cookieLifetimeMillis) == StateCookie.Validity.STALE) {
            long staleMicros = Math.max(0, (now - cookie.createdAt() - ctx.options.cookieLifetimeMillis) * 1000);
            ctx.sendPacket(cookie.peerTag(), List.of(new ErrorChunk(List.of(
                    new StaleCookieCause((int) Math.min(Integer.MAX_VALUE, staleMicros))))));
            return null;
        }
        if (tcb == null) {
            establish(cookie, now, false);
            return List.of(new CookieAckChunk());
        }
        boolean myMatch = tcb.myTag == cookie.myTag();
        boolean peerMatch = tcb.peerTag == cookie.peerTag();
        if (!myMatch && !peerMatch && cookie.myTieTag() == tcb.myTag && cookie.peerTieTag() == tcb.peerTag) {
            // A: the peer restarted
            if (ctx.state == AssociationState.SHUTDOWN_ACK_SENT) {
                ctx.sendPacket(cookie.peerTag(), List.of(new ShutdownAckChunk(),
                        new ErrorChunk(List.of(new CookieReceivedWhileShuttingDownCause()))));
                return null;
            }
            establish(cookie, now, true);
            return List.of(new CookieAckChunk());
        }
        if (myMatch && !peerMatch) {
            // B: INIT collision; the peer's tag and TSN in the cookie are the ones to keep
            establish(cookie, now, false);
            return List.of(new CookieAckChunk());
        }
        if (!myMatch && peerMatch && cookie.myTieTag() == 0 && cookie.peerTieTag() == 0) {
            return null; // C: a late cookie of an old exchange
        }
        if (myMatch) {
            // D: both tags match; our COOKIE ECHO may still be in flight
            if (ctx.state == AssociationState.COOKIE_ECHOED) {
                enterEstablished(now);
            }
            return List.of(new CookieAckChunk());
        }
        return null;
    }

    private void establish(StateCookie cookie, long now, boolean restart) {
        Capabilities caps = Capabilities.negotiate(ctx.options, cookie.peerOffer(), cookie.peerOutboundStreams(),
                cookie.peerInboundStreams(), cookie.peerReceiverWindow() & 0xffffffffL);
        boolean wasEstablished = ctx.state != AssociationState.COOKIE_WAIT
                && ctx.state != AssociationState.COOKIE_ECHOED && ctx.state != AssociationState.CLOSED;
        ctx.myTag = cookie.myTag();
        ctx.myInitialTsn = cookie.myInitialTsn();
        ctx.tcb = new TransmissionControlBlock(ctx, cookie.myTag(), cookie.peerTag(), cookie.myInitialTsn(),
                cookie.peerInitialTsn(), caps);
        if (restart) {
            ctx.sendQueue.restart();
            ctx.emit(new SctpEvent.Restarted());
            ctx.setState(AssociationState.ESTABLISHED);
            stopTimers();
            ctx.tcb.heartbeat.start(now);
        } else if (!wasEstablished) {
            enterEstablished(now);
        }
    }

    private void enterEstablished(long now) {
        stopTimers();
        ctx.setState(AssociationState.ESTABLISHED);
        ctx.tcb.heartbeat.start(now);
        ctx.emit(new SctpEvent.Connected());
    }

    /** COOKIE ACK in COOKIE-ECHOED (section 5.1 E). */
    void handleCookieAck(long now) {
        if (ctx.state == AssociationState.COOKIE_ECHOED) {
            enterEstablished(now);
        }
    }

    /** Stale Cookie ERROR in COOKIE-ECHOED (section 5.2.6): start over with a fresh INIT. */
    void handleStaleCookie(long now) {
        if (ctx.state != AssociationState.COOKIE_ECHOED) {
            return;
        }
        t1Cookie.stop();
        ctx.tcb = null;
        ctx.setState(AssociationState.COOKIE_WAIT);
        sendInit();
        t1Init.start(now, ctx.options.rtoInitialMillis);
    }

    void handleTimeout(long now) {
        if (t1Init.isDue(now)) {
            if (t1Init.expire() > ctx.options.maxInitRetransmits) {
                ctx.abort("INIT not answered", List.of(), false, false);
                return;
            }
            sendInit();
            t1Init.restartWithBackoff(now, ctx.options.maxTimerBackoffMillis);
        }
        if (t1Cookie.isDue(now)) {
            if (t1Cookie.expire() > ctx.options.maxInitRetransmits) {
                ctx.abort("COOKIE ECHO not answered", List.of(), false, false);
                return;
            }
            if (ctx.tcb != null && ctx.state == AssociationState.COOKIE_ECHOED) {
                ctx.sendPacket(ctx.tcb.peerTag, cookieEchoBundle);
                t1Cookie.restartWithBackoff(now, ctx.options.maxTimerBackoffMillis);
            }
        }
    }

    void stopTimers() {
        t1Init.stop();
        t1Cookie.stop();
    }
}
