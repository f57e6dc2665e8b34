package dev.parley.peer.dtls;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.AlertLevel;
import org.bouncycastle.tls.DTLSClientProtocol;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.parley.peer.ice.PacketTransport;
import dev.parley.peer.ice.RTCIceTransport;

/**
 * W3C RTCDtlsTransport: DTLS 1.2 (BouncyCastle) over the DTLS share of an ICE transport, or any
 * {@link PacketTransport}. It authenticates the peer by the SDP fingerprint, negotiates use_srtp
 * and exports the SRTP keys, and carries application data (SCTP packets) both ways.
 *
 * <p>Threads: one worker per transport runs the blocking handshake and then the receive loop;
 * every event, application data included, goes to listeners in order on one event thread.
 */
public final class RTCDtlsTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RTCDtlsTransport.class);
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final int RECEIVE_POLL_MILLIS = 200;

    private final int id = IDS.incrementAndGet();
    private final RTCIceTransport iceTransport;
    private final RTCCertificate certificate;
    private final DtlsSettings settings;
    private final PacketDatagramTransport datagrams;
    private final BcTlsCrypto crypto = new BcTlsCrypto(new SecureRandom());
    private final List<RTCDtlsTransportListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events;
    private final Object sendLock = new Object();
    private final Object stateLock = new Object();

    private RTCDtlsTransportState state = RTCDtlsTransportState.NEW;
    private RTCDtlsRole role;
    private volatile DTLSTransport dtls;
    private volatile List<byte[]> remoteCertificates = List.of();
    private volatile DtlsSessionInfo session;
    private volatile boolean fingerprintMismatch;
    private volatile boolean closeNotifyReceived;
    private volatile OptionalInt receivedAlert = OptionalInt.empty();
    private volatile OptionalInt sentAlert = OptionalInt.empty();
    private volatile String failureMessage;

    /**
     * A transport over the DTLS datagrams of {@code iceTransport} (the W3C {@code iceTransport}
     * attribute). Create it together with the ICE transport: it listens at once, so a ClientHello
     * that arrives before {@link #start} is kept.
     *
     * @param certificates this peer's certificates; the first one is presented in the handshake
     */
    public RTCDtlsTransport(RTCIceTransport iceTransport, List<RTCCertificate> certificates, DtlsSettings settings) {
        this(iceTransport, iceTransport.getDtlsPacketTransport(), certificates, settings);
    }

    /** A transport over any datagram path (an in-memory pair in tests), with no ICE transport. */
    public RTCDtlsTransport(PacketTransport lower, List<RTCCertificate> certificates, DtlsSettings settings) {
        this(null, lower, certificates, settings);
    }

    private RTCDtlsTransport(RTCIceTransport iceTransport, PacketTransport lower, List<RTCCertificate> certificates,
            DtlsSettings settings) {
        Objects.requireNonNull(lower, "lower");
        this.iceTransport = iceTransport;
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a DTLS transport needs a certificate");
        }
        this.certificate = certificates.get(0);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.datagrams = new PacketDatagramTransport(lower, settings.sendLimit(), settings.receiveLimit());
        this.events = Executors.newSingleThreadExecutor(r -> daemon(r, "parley-dtls-" + id + "-events"));
    }

    public void addListener(RTCDtlsTransportListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(RTCDtlsTransportListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts the handshake in {@code role}, accepting only a peer certificate that matches one of
     * {@code remoteFingerprints} (the remote SDP's {@code a=fingerprint} lines).
     *
     * @throws IllegalStateException unless the transport is {@code new}
     */
    public void start(RTCDtlsRole role, List<RTCDtlsFingerprint> remoteFingerprints) {
        Objects.requireNonNull(role, "role");
        if (remoteFingerprints.isEmpty()) {
            throw new IllegalArgumentException("the remote description has no fingerprint");
        }
        Observer observer = new Observer();
        RemoteCertificateCheck check = new RemoteCertificateCheck(remoteFingerprints, observer);
        synchronized (stateLock) {
            if (state != RTCDtlsTransportState.NEW) {
                throw new IllegalStateException("DTLS transport already started: " + state);
            }
            this.role = role;
            transition(RTCDtlsTransportState.CONNECTING);
        }
        Thread worker = daemon(() -> run(check, observer), "parley-dtls-" + id + "-" + role);
        worker.start();
    }

    private void run(RemoteCertificateCheck check, Observer observer) {
        long started = System.nanoTime();
        DtlsCredentials credentials = new DtlsCredentials(certificate, crypto);
        DTLSTransport connected;
        try {
            // No HelloVerifyRequest: BouncyCastle's cookie verifier cannot read a ClientHello split
            // over two datagrams (browsers' DTLS 1.3-style ones are), and ICE already proved the path.
            connected = role == RTCDtlsRole.SERVER
                    ? new DTLSServerProtocol().accept(new DtlsServer(crypto, credentials, check, settings, observer), datagrams)
                    : new DTLSClientProtocol().connect(new DtlsClient(crypto, credentials, check, settings, observer), datagrams);
        } catch (IOException | RuntimeException e) {
            endAfterError(e);
            return;
        }
        synchronized (stateLock) {
            if (state != RTCDtlsTransportState.CONNECTING) {
                closeQuietly(connected);
                return;
            }
            dtls = connected;
            LOG.debug("DTLS {} #{} connected in {} ms: {}", role, id, (System.nanoTime() - started) / 1_000_000, session);
            transition(RTCDtlsTransportState.CONNECTED);
        }
        receiveLoop(connected);
    }

    private void receiveLoop(DTLSTransport connected) {
        byte[] buffer = new byte[settings.receiveLimit()];
        try {
            while (!getState().isTerminal()) {
                int length = connected.receive(buffer, 0, buffer.length, RECEIVE_POLL_MILLIS);
                if (closeNotifyReceived) {
                    remoteClosed();
                    return;
                }
                if (length >= 0) {
                    byte[] data = Arrays.copyOf(buffer, length);
                    events.execute(() -> listeners.forEach(l -> l.onApplicationData(data)));
                }
            }
        } catch (IOException | RuntimeException e) {
            endAfterError(e);
        }
    }

    private void remoteClosed() {
        synchronized (stateLock) {
            if (!state.isTerminal()) {
                LOG.debug("DTLS #{} closed by the peer", id);
                transition(RTCDtlsTransportState.CLOSED);
            }
        }
        datagrams.close();
    }

    /** Ends a handshake or a session that did not end by our close(): closed on close_notify, else failed. */
    private void endAfterError(Exception cause) {
        if (closeNotifyReceived) {
            remoteClosed();
            return;
        }
        DtlsError error;
        synchronized (stateLock) {
            if (state.isTerminal()) {
                return;
            }
            String detail = fingerprintMismatch ? DtlsError.FINGERPRINT_FAILURE : DtlsError.DTLS_FAILURE;
            String message = failureMessage != null ? failureMessage : String.valueOf(cause.getMessage());
            error = new DtlsError(detail, receivedAlert, sentAlert, message);
            LOG.info("DTLS #{} failed: {}", id, error);
            LOG.debug("DTLS #{} failure cause", id, cause);
            events.execute(() -> listeners.forEach(l -> l.onError(error)));
            transition(RTCDtlsTransportState.FAILED);
        }
        datagrams.close();
    }

    /**
     * Sends one application-data record (an SCTP packet).
     *
     * @throws IOException if the transport is not connected, or the record is larger than
     *     {@link #getMaxApplicationDataSize()}
     */
    public void send(byte[] data, int offset, int length) throws IOException {
        DTLSTransport connected = dtls;
        if (connected == null || getState() != RTCDtlsTransportState.CONNECTED) {
            throw new IOException("DTLS transport is " + getState());
        }
        int limit = connected.getSendLimit();
        if (length > limit) {
            // BouncyCastle would send it, as a datagram larger than the path is known to carry.
            throw new IOException("application data of " + length + " bytes exceeds the DTLS record limit " + limit);
        }
        synchronized (sendLock) {
            connected.send(data, offset, length);
        }
    }

    public void send(byte[] data) throws IOException {
        send(data, 0, data.length);
    }

    /** The largest application-data record {@link #send} takes (the datagram limit minus DTLS overhead). */
    public int getMaxApplicationDataSize() throws IOException {
        DTLSTransport connected = dtls;
        if (connected == null) {
            throw new IOException("DTLS transport is " + getState());
        }
        return connected.getSendLimit();
    }

    /** Sends close_notify if connected, then stops; state becomes {@code closed}. */
    @Override
    public void close() {
        DTLSTransport connected;
        synchronized (stateLock) {
            if (state.isTerminal()) {
                return;
            }
            transition(RTCDtlsTransportState.CLOSED);
            connected = dtls;
        }
        if (connected != null) {
            closeQuietly(connected);
        }
        datagrams.close();
    }

    public RTCDtlsTransportState getState() {
        synchronized (stateLock) {
            return state;
        }
    }

    /** The role given to {@link #start}, empty before. */
    public Optional<RTCDtlsRole> getRole() {
        synchronized (stateLock) {
            return Optional.ofNullable(role);
        }
    }

    /** W3C getRemoteCertificates(): the peer's DER certificates once its fingerprint checked out. */
    public List<byte[]> getRemoteCertificates() {
        return remoteCertificates.stream().map(byte[]::clone).toList();
    }

    /** The W3C {@code iceTransport}: empty when built over a plain {@link PacketTransport}. */
    public Optional<RTCIceTransport> getIceTransport() {
        return Optional.ofNullable(iceTransport);
    }

    /** The local certificate presented in the handshake. */
    public RTCCertificate getLocalCertificate() {
        return certificate;
    }

    /** Version, cipher and SRTP keys, once connected. */
    public Optional<DtlsSessionInfo> getSessionInfo() {
        return Optional.ofNullable(session);
    }

    /** The SRTP keys, when connected and use_srtp was negotiated. */
    public Optional<SrtpKeyingMaterial> getSrtpKeyingMaterial() {
        return getSessionInfo().flatMap(DtlsSessionInfo::srtp);
    }

    private void transition(RTCDtlsTransportState next) {
        if (!state.canTransitionTo(next)) {
            throw new IllegalStateException("DTLS transport cannot go from " + state + " to " + next);
        }
        state = next;
        events.execute(() -> listeners.forEach(l -> l.onStateChange(next)));
        if (next.isTerminal()) {
            // Already queued events still run; the event thread then ends.
            events.shutdown();
        }
    }

    private void closeQuietly(DTLSTransport connected) {
        try {
            connected.close();
        } catch (IOException e) {
            LOG.debug("DTLS #{}: close_notify not sent", id, e);
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public String toString() {
        return "RTCDtlsTransport#" + id + "[" + getState() + (role != null ? ", " + role : "") + "]";
    }

    /** Collects what the BouncyCastle peers learn during the handshake. */
    private final class Observer implements DtlsHandshakeObserver {
        @Override
        public void onRemoteCertificates(List<byte[]> derCertificates) {
            remoteCertificates = List.copyOf(derCertificates);
        }

        @Override
        public void onFingerprintMismatch(String reason) {
            fingerprintMismatch = true;
            failureMessage = reason;
        }

        @Override
        public void onHandshakeComplete(DtlsSessionInfo info) {
            session = info;
        }

        @Override
        public void onAlertReceived(short level, short description) {
            if (description == AlertDescription.close_notify) {
                closeNotifyReceived = true;
                return;
            }
            if (level == AlertLevel.fatal) {
                receivedAlert = OptionalInt.of(description);
                if (failureMessage == null) {
                    failureMessage = "received fatal alert " + AlertDescription.getText(description);
                }
            }
        }

        @Override
        public void onAlertRaised(short level, short description, String message) {
            if (level == AlertLevel.fatal) {
                sentAlert = OptionalInt.of(description);
                if (failureMessage == null) {
                    failureMessage = "sent fatal alert " + AlertDescription.getText(description)
                            + (message != null ? ": " + message : "");
                }
            }
        }
    }
}
