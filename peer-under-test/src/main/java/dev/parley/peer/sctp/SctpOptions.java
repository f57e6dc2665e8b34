package dev.parley.peer.sctp;

/**
 * Every tunable of Parley's SCTP stack, in one place. Defaults follow what the browsers do (dcSCTP's
 * options and the values seen on the wire) unless RFC 9260 section 16 says otherwise; each field says
 * which. Immutable; derive variants with {@link #toBuilder()}.
 */
public final class SctpOptions {
    /** SCTP port of this end (RFC 8841 a=sctp-port); browsers always use 5000. */
    public final int localPort;
    /** SCTP port of the peer. */
    public final int remotePort;
    /**
     * Largest SCTP packet this end sends, common header included. 1188 is what Chromium and Firefox
     * send, so that SCTP plus DTLS 1.2 overhead stays under 1225-byte datagrams.
     */
    public final int mtu;
    /** Receiver window advertised in INIT / INIT ACK and reduced by buffered, not yet delivered data. */
    public final int maxReceiverWindowBytes;
    /** Upper bound on bytes queued by send() and not yet handed to the network; send() fails above it. */
    public final long maxSendBufferBytes;
    /** Outbound streams requested in INIT (browsers: 65535). */
    public final int outboundStreams;
    /** Inbound streams accepted in INIT (browsers: 65535). */
    public final int inboundStreams;
    /** RTO.Initial (RFC 9260: 1 s; dcSCTP: 500 ms). */
    public final long rtoInitialMillis;
    /** RTO.Min (RFC 9260: 1 s; dcSCTP 400 ms, to recover quickly on low-latency paths). */
    public final long rtoMinMillis;
    /** RTO.Max (RFC 9260: 60 s). */
    public final long rtoMaxMillis;
    /**
     * Cap on exponentially backed-off timer durations (Chromium sets 3 s), so that after a blackout
     * the association resumes within seconds rather than minutes.
     */
    public final long maxTimerBackoffMillis;
    /** Maximum delay of a SACK (RFC 9260 section 6.2: at most 500 ms; 200 ms as the browsers). */
    public final long delayedAckMillis;
    /** HB.interval (RFC 9260: 30 s); 0 disables heartbeats. */
    public final long heartbeatIntervalMillis;
    /** Association.Max.Retrans (RFC 9260: 10): consecutive unanswered retransmissions before abort. */
    public final int maxRetransmissions;
    /** Max.Init.Retransmits (RFC 9260: 8). */
    public final int maxInitRetransmits;
    /** Valid.Cookie.Life (RFC 9260: 60 s). */
    public final long cookieLifetimeMillis;
    /** Advertise and use PR-SCTP (RFC 3758): needed for maxRetransmits / maxPacketLifeTime channels. */
    public final boolean enablePartialReliability;
    /** Advertise I-DATA / I-FORWARD-TSN (RFC 8260); used only when the peer advertises them too. */
    public final boolean enableMessageInterleaving;
    /** Advertise Zero Checksum Acceptable with the DTLS method (RFC 9653); used when both ends do. */
    public final boolean enableZeroChecksum;
    /**
     * Largest user message send() accepts; what this end announces as a=max-message-size (RFC 8841
     * section 6; Chromium announces 262144). Received messages are bounded by the receiver window.
     */
    public final int maxMessageSize;
    /** Bytes a SACK may report as duplicate TSNs at most (keeps SACKs small under duplication). */
    public final int maxDuplicateTsnsReported;
    /**
     * Max.Burst (RFC 9260 section 6.1 and 16: 4): packets with data sent at once in reaction to one
     * event (a SACK, a send, a timer); 0 for no limit beyond cwnd.
     */
    public final int maxBurst;

    private SctpOptions(Builder b) {
        localPort = b.localPort;
        remotePort = b.remotePort;
        mtu = b.mtu & ~3;
        maxReceiverWindowBytes = b.maxReceiverWindowBytes;
        maxSendBufferBytes = b.maxSendBufferBytes;
        outboundStreams = b.outboundStreams;
        inboundStreams = b.inboundStreams;
        rtoInitialMillis = b.rtoInitialMillis;
        rtoMinMillis = b.rtoMinMillis;
        rtoMaxMillis = b.rtoMaxMillis;
        maxTimerBackoffMillis = b.maxTimerBackoffMillis;
        delayedAckMillis = b.delayedAckMillis;
        heartbeatIntervalMillis = b.heartbeatIntervalMillis;
        maxRetransmissions = b.maxRetransmissions;
        maxInitRetransmits = b.maxInitRetransmits;
        cookieLifetimeMillis = b.cookieLifetimeMillis;
        enablePartialReliability = b.enablePartialReliability;
        enableMessageInterleaving = b.enableMessageInterleaving;
        enableZeroChecksum = b.enableZeroChecksum;
        maxMessageSize = b.maxMessageSize;
        maxDuplicateTsnsReported = b.maxDuplicateTsnsReported;
        maxBurst = b.maxBurst;
    }

    public static SctpOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.localPort = localPort;
        b.remotePort = remotePort;
        b.mtu = mtu;
        b.maxReceiverWindowBytes = maxReceiverWindowBytes;
        b.maxSendBufferBytes = maxSendBufferBytes;
        b.outboundStreams = outboundStreams;
        b.inboundStreams = inboundStreams;
        b.rtoInitialMillis = rtoInitialMillis;
        b.rtoMinMillis = rtoMinMillis;
        b.rtoMaxMillis = rtoMaxMillis;
        b.maxTimerBackoffMillis = maxTimerBackoffMillis;
        b.delayedAckMillis = delayedAckMillis;
        b.heartbeatIntervalMillis = heartbeatIntervalMillis;
        b.maxRetransmissions = maxRetransmissions;
        b.maxInitRetransmits = maxInitRetransmits;
        b.cookieLifetimeMillis = cookieLifetimeMillis;
        b.enablePartialReliability = enablePartialReliability;
        b.enableMessageInterleaving = enableMessageInterleaving;
        b.enableZeroChecksum = enableZeroChecksum;
        b.maxMessageSize = maxMessageSize;
        b.maxDuplicateTsnsReported = maxDuplicateTsnsReported;
        b.maxBurst = maxBurst;
        return b;
    }

    /** Builder with the defaults documented on the fields. */
    public static final class Builder {
        private int localPort = 5000;
        private int remotePort = 5000;
        private int mtu = 1188;
        private int maxReceiverWindowBytes = 5 * 1024 * 1024;
        private long maxSendBufferBytes = 16L * 1024 * 1024;
        private int outboundStreams = 65535;
        private int inboundStreams = 65535;
        private long rtoInitialMillis = 500;
        private long rtoMinMillis = 400;
        private long rtoMaxMillis = 60_000;
        private long maxTimerBackoffMillis = 3_000;
        private long delayedAckMillis = 200;
        private long heartbeatIntervalMillis = 30_000;
        private int maxRetransmissions = 10;
        private int maxInitRetransmits = 8;
        private long cookieLifetimeMillis = 60_000;
        private boolean enablePartialReliability = true;
        private boolean enableMessageInterleaving = true;
        private boolean enableZeroChecksum = true;
        private int maxMessageSize = 262_144;
        private int maxDuplicateTsnsReported = 20;
        private int maxBurst = 4;

        public Builder localPort(int v) { localPort = v; return this; }
        public Builder remotePort(int v) { remotePort = v; return this; }
        public Builder mtu(int v) { mtu = v; return this; }
        public Builder maxReceiverWindowBytes(int v) { maxReceiverWindowBytes = v; return this; }
        public Builder maxSendBufferBytes(long v) { maxSendBufferBytes = v; return this; }
        public Builder outboundStreams(int v) { outboundStreams = v; return this; }
        public Builder inboundStreams(int v) { inboundStreams = v; return this; }
        public Builder rtoInitialMillis(long v) { rtoInitialMillis = v; return this; }
        public Builder rtoMinMillis(long v) { rtoMinMillis = v; return this; }
        public Builder rtoMaxMillis(long v) { rtoMaxMillis = v; return this; }
        public Builder maxTimerBackoffMillis(long v) { maxTimerBackoffMillis = v; return this; }
        public Builder delayedAckMillis(long v) { delayedAckMillis = v; return this; }
        public Builder heartbeatIntervalMillis(long v) { heartbeatIntervalMillis = v; return this; }
        public Builder maxRetransmissions(int v) { maxRetransmissions = v; return this; }
        public Builder maxInitRetransmits(int v) { maxInitRetransmits = v; return this; }
        public Builder cookieLifetimeMillis(long v) { cookieLifetimeMillis = v; return this; }
        public Builder enablePartialReliability(boolean v) { enablePartialReliability = v; return this; }
        public Builder enableMessageInterleaving(boolean v) { enableMessageInterleaving = v; return this; }
        public Builder enableZeroChecksum(boolean v) { enableZeroChecksum = v; return this; }
        public Builder maxMessageSize(int v) { maxMessageSize = v; return this; }
        public Builder maxDuplicateTsnsReported(int v) { maxDuplicateTsnsReported = v; return this; }
        public Builder maxBurst(int v) { maxBurst = v; return this; }

        public SctpOptions build() {
            if (mtu < 256) {
                throw new IllegalArgumentException("mtu " + mtu + " below 256");
            }
            if (outboundStreams < 1 || outboundStreams > 65535 || inboundStreams < 1 || inboundStreams > 65535) {
                throw new IllegalArgumentException("stream counts must be 1..65535");
            }
            if (rtoMinMillis <= 0 || rtoMinMillis > rtoMaxMillis || rtoInitialMillis <= 0) {
                throw new IllegalArgumentException("need 0 < rtoMin <= rtoMax and rtoInitial > 0");
            }
            return new SctpOptions(this);
        }
    }
}
