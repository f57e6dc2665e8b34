package dev.parley.peer.datachannel;

import dev.parley.peer.api.EventListener;
import dev.parley.peer.api.EventTarget;
import dev.parley.peer.api.StateChangeEvent;
import dev.parley.peer.dtls.RTCDtlsRole;
import dev.parley.peer.dtls.RTCDtlsTransport;
import dev.parley.peer.dtls.RTCDtlsTransportListener;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.sctp.SctpOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W3C webrtc-pc section 6.1.1 RTCSctpTransport: the SCTP association (our sans-I/O {@link DataChannelEndpoint})
 * over a DTLS transport, and the data channels it carries.
 *
 * <p>One single-thread scheduled executor per transport drives the endpoint (see {@link SctpDriver}); it
 * starts when DTLS is connected ({@link #start}: the DTLS client uses even stream ids, the server odd ones,
 * RFC 8832 section 6), takes each DTLS application-data record ({@link #receive}) and is released when the
 * transport closes. Events ("statechange" here; "open", "message", ... on the channels) go to the
 * connection's event executor.
 *
 * <p>maxMessageSize follows "update the data max message size" (section 6.1.1.1): the remote description's
 * a=max-message-size (RFC 8841 section 6; 65536 when absent, 0 for no limit) capped by what this end sends,
 * {@link SctpOptions#maxMessageSize} (262144, also what our SDP announces). The send buffer holds at most
 * {@link SctpOptions#maxSendBufferBytes} (16 MiB, as Chrome's per channel) for all channels together:
 * send() beyond it is an OperationError.
 */
public final class RTCSctpTransport extends EventTarget implements ChannelCarrier {

    private static final Logger LOG = LoggerFactory.getLogger(RTCSctpTransport.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    /** The a=max-message-size assumed when the remote description has none (RFC 8841 section 6). */
    public static final long DEFAULT_REMOTE_MAX_MESSAGE_SIZE = 65536;
    private static final long CLOSE_WAIT_MILLIS = 1000;

    /** Where channels the peer announces go: runs on the event executor, before their "open". */
    @FunctionalInterface
    public interface Listener {
        void onDataChannel(RTCDataChannel channel);
    }

    private final int id = IDS.incrementAndGet();
    private final SctpOptions options;
    private final Listener listener;
    private final ScheduledThreadPoolExecutor executor;
    private final SctpDriver driver;
    private final AtomicLong buffered = new AtomicLong();
    private volatile RTCSctpTransportState state = RTCSctpTransportState.CONNECTING;
    private volatile long remoteMaxMessageSize;
    private volatile Integer maxChannels;
    private volatile RTCDtlsTransport transport;

    /**
     * A transport in "connecting", as created when an answer negotiates an m=application section.
     *
     * @param remoteMaxMessageSize the remote a=max-message-size, or null when absent
     */
    public RTCSctpTransport(SctpOptions options, Long remoteMaxMessageSize, Executor events, Listener listener) {
        super(events);
        this.options = options;
        this.listener = listener;
        this.remoteMaxMessageSize = remoteLimit(remoteMaxMessageSize);
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "parley-sctp-" + id);
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.driver = new SctpDriver(options, executor, () -> System.nanoTime() / 1_000_000, new DriverHost(), this,
                events, this.remoteMaxMessageSize);
    }

    /**
     * A transport over {@code dtls} alone, without an RTCPeerConnection: it starts when DTLS connects, in the
     * role DTLS was started with, and closes when DTLS closes or fails.
     */
    public static RTCSctpTransport over(RTCDtlsTransport dtls, SctpOptions options, Long remoteMaxMessageSize,
                                        Executor events, Listener listener) {
        RTCSctpTransport sctp = new RTCSctpTransport(options, remoteMaxMessageSize, events, listener);
        sctp.transport = dtls;
        dtls.addListener(new RTCDtlsTransportListener() {
            @Override
            public void onStateChange(RTCDtlsTransportState s) {
                sctp.onDtlsState(s, dtls.getRole().orElse(RTCDtlsRole.SERVER) == RTCDtlsRole.CLIENT, dtls::send);
            }

            @Override
            public void onApplicationData(byte[] data) {
                sctp.receive(data);
            }
        });
        if (dtls.getState() == RTCDtlsTransportState.CONNECTED) {
            sctp.start(dtls.getRole().orElse(RTCDtlsRole.SERVER) == RTCDtlsRole.CLIENT, dtls::send);
        }
        return sctp;
    }

    // ---- W3C attributes -------------------------------------------------------------------------

    /** The RTCDtlsTransport SCTP runs over; null when the connection's transport does not expose one. */
    public RTCDtlsTransport transport() {
        return transport;
    }

    public RTCSctpTransportState state() {
        return state;
    }

    /** The largest message send() takes, in bytes; Infinity when neither end limits it. */
    public double maxMessageSize() {
        long limit = maxMessageSizeBytes();
        return limit == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : limit;
    }

    /** The number of channels that can be open at once: null until connected, then min(in, out streams). */
    public Integer maxChannels() {
        return maxChannels;
    }

    public void setOnstatechange(EventListener l) {
        setEventHandler("statechange", l);
    }

    // ---- the connection's side --------------------------------------------------------------------

    /** Sets the RTCDtlsTransport the {@link #transport()} attribute shows. */
    public void setTransport(RTCDtlsTransport dtls) {
        this.transport = dtls;
    }

    /** A new remote description's a=max-message-size (null when absent). */
    public void setRemoteMaxMessageSize(Long bytes) {
        long limit = remoteLimit(bytes);
        remoteMaxMessageSize = limit;
        run(() -> driver.setRemoteMaxMessageSize(limit == Long.MAX_VALUE ? 0 : limit));
    }

    /** The DTLS transport's state: connected starts the association, closed or failed ends it. */
    public void onDtlsState(RTCDtlsTransportState dtlsState, boolean dtlsClient, PacketSink sink) {
        if (dtlsState == RTCDtlsTransportState.CONNECTED) {
            start(dtlsClient, sink);
        } else if (dtlsState.isTerminal()) {
            run(() -> driver.lowerClosed("DTLS transport " + dtlsState));
        }
    }

    /** DTLS is connected: the association starts, its packets going to {@code sink}. */
    public void start(boolean dtlsClient, PacketSink sink) {
        run(() -> driver.start(dtlsClient, sink));
    }

    /** One DTLS application-data record: an SCTP packet. */
    public void receive(byte[] packet) {
        run(() -> driver.receive(packet));
    }

    /** Carries a channel created with createDataChannel(): it opens once the association is up. */
    public void attach(RTCDataChannel channel) {
        channel.attach(this);
        if (!run(() -> driver.attach(channel))) {
            channel.transportClosed("sctp-failure");
        }
    }

    /**
     * RTCPeerConnection.close(): ABORT goes out (waiting briefly for the driver to send it), the state reads
     * closed without an event, and the executor is released.
     */
    public void close() {
        state = RTCSctpTransportState.CLOSED;
        CountDownLatch sent = new CountDownLatch(1);
        if (run(() -> {
            driver.abort();
            sent.countDown();
        })) {
            try {
                if (!sent.await(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                    LOG.debug("SCTP transport #{}: ABORT not sent within {} ms", id, CLOSE_WAIT_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        executor.shutdownNow();
    }

    // ---- ChannelCarrier ---------------------------------------------------------------------------

    @Override
    public long maxMessageSizeBytes() {
        return Math.min(remoteMaxMessageSize, options.maxMessageSize);
    }

    @Override
    public boolean reserve(long bytes) {
        long limit = options.maxSendBufferBytes;
        long now;
        do {
            now = buffered.get();
            if (now + bytes > limit) {
                return false;
            }
        } while (!buffered.compareAndSet(now, now + bytes));
        return true;
    }

    @Override
    public void send(RTCDataChannel channel, boolean binary, byte[] data) {
        if (!run(() -> driver.send(channel, binary, data))) {
            buffered.addAndGet(-RTCDataChannel.wireSize(data.length));
        }
    }

    @Override
    public void close(RTCDataChannel channel) {
        if (!run(() -> driver.close(channel))) {
            channel.transportClosed(null);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private boolean run(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private static long remoteLimit(Long bytes) {
        if (bytes == null) {
            return DEFAULT_REMOTE_MAX_MESSAGE_SIZE;
        }
        return bytes == 0 ? Long.MAX_VALUE : bytes;
    }

    @Override
    public String toString() {
        return "RTCSctpTransport#" + id + "[" + state + "]";
    }

    /** The driver's reports, on the executor; events are queued on the connection's event executor. */
    private final class DriverHost implements SctpDriver.Host {
        @Override
        public void connected(int channels) {
            if (state != RTCSctpTransportState.CONNECTING) {
                return;
            }
            queueTask(() -> {
                if (state == RTCSctpTransportState.CONNECTING) {
                    maxChannels = channels;
                    state = RTCSctpTransportState.CONNECTED;
                    fire(new StateChangeEvent("statechange", RTCSctpTransportState.CONNECTED));
                }
            });
        }

        @Override
        public void ended(String reason) {
            LOG.debug("SCTP transport #{} ended: {}", id, reason);
            queueTask(() -> {
                if (state != RTCSctpTransportState.CLOSED) {
                    state = RTCSctpTransportState.CLOSED;
                    fire(new StateChangeEvent("statechange", RTCSctpTransportState.CLOSED));
                }
            });
            executor.shutdown();
        }

        @Override
        public void announced(RTCDataChannel channel) {
            queueTask(() -> {
                if (state != RTCSctpTransportState.CLOSED) {
                    listener.onDataChannel(channel);
                    channel.fireOpenAfterAnnouncement();
                }
            });
        }

        @Override
        public void released(long bytes) {
            buffered.addAndGet(-bytes);
        }
    }
}
