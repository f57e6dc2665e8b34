package dev.parley.harness.java;

import dev.parley.harness.peer.BulkTransfer;
import dev.parley.harness.peer.DataChannelInfo;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.IceCandidate;
import dev.parley.harness.peer.MessageDigest;
import dev.parley.harness.peer.MessageSpec;
import dev.parley.harness.peer.OfferOptions;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.harness.peer.PeerException;
import dev.parley.harness.peer.SessionDescription;
import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.MediaStream;
import dev.parley.peer.api.MediaStreamTrack;
import dev.parley.peer.api.MessageEvent;
import dev.parley.peer.api.RTCDataChannelEvent;
import dev.parley.peer.api.RTCIceCandidate;
import dev.parley.peer.api.RTCOfferOptions;
import dev.parley.peer.api.RTCPeerConnection;
import dev.parley.peer.api.RTCPeerConnectionIceEvent;
import dev.parley.peer.api.RTCRtpTransceiverDirection;
import dev.parley.peer.api.RTCRtpTransceiverInit;
import dev.parley.peer.api.RTCStatsReport;
import dev.parley.peer.api.RTCTrackEvent;
import dev.parley.peer.api.StateChangeEvent;
import dev.parley.peer.api.TransportFactory;
import dev.parley.peer.datachannel.RTCDataChannel;
import dev.parley.peer.transport.IceDtlsTransportFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's own RTCPeerConnection as a {@link Peer}, in this JVM. Each call runs the W3C method and
 * waits for its promise; a DOMException becomes a {@link PeerException} with the same name. Its
 * icecandidate events carry the candidate's sdpMid, sdpMLineIndex and usernameFragment as JSON, as the
 * browsers' agent page records them. Media tracks are synthetic. Data channels are real (SCTP over DTLS);
 * as a {@link BulkTransfer} it sends with bounded buffering and counts what it receives, for the benchmarks.
 */
public final class JavaPeer implements Peer, BulkTransfer {

    private static final Logger LOG = LoggerFactory.getLogger(JavaPeer.class);
    private static final Duration PROMISE_TIMEOUT = Duration.ofSeconds(10);
    private static final List<String> CONNECTION_EVENTS = List.of("signalingstatechange", "icegatheringstatechange",
            "iceconnectionstatechange", "connectionstatechange", "negotiationneeded");
    private static final List<String> CHANNEL_EVENTS = List.of("open", "close", "closing", "error",
            "bufferedamountlow");

    private final TransportFactory transports;
    private final EventTimeline timeline = new EventTimeline();
    private final List<String> logs = new ArrayList<>();
    private final Map<String, RTCDataChannel> channels = new LinkedHashMap<>();
    private final Map<String, List<MessageDigest>> received = new LinkedHashMap<>();
    private final Map<String, BulkCounter> bulk = new LinkedHashMap<>();
    private RTCPeerConnection pc;

    /** A peer with the real transports: ICE on ice4j and DTLS on BouncyCastle. */
    public JavaPeer() {
        this(new IceDtlsTransportFactory());
    }

    /** A peer whose connections get their ICE and DTLS transports from {@code transports}. */
    public JavaPeer(TransportFactory transports) {
        this.transports = transports;
    }

    @Override
    public String kind() {
        return "java";
    }

    @Override
    public void open(PeerConfiguration configuration) {
        closeConnection();
        RTCPeerConnection connection = call(() -> new RTCPeerConnection(Conversions.configuration(configuration),
                transports));
        synchronized (this) {
            pc = connection;
            channels.clear();
            received.clear();
            bulk.clear();
        }
        for (String type : CONNECTION_EVENTS) {
            connection.addEventListener(type, e -> timeline.add(type,
                    e instanceof StateChangeEvent s ? s.state().toString() : null, null));
        }
        connection.addEventListener("icecandidate", e -> {
            RTCIceCandidate candidate = ((RTCPeerConnectionIceEvent) e).candidate();
            timeline.add("icecandidate", candidate == null ? null : candidate.candidate(),
                    candidate == null ? null : Conversions.candidateDetail(candidate));
        });
        connection.addEventListener("track", e -> timeline.add("track", ((RTCTrackEvent) e).track().kind(), null));
        connection.addEventListener("datachannel", e -> {
            RTCDataChannel channel = ((RTCDataChannelEvent) e).channel();
            timeline.add("datachannel", register(channel), channel.label());
        });
        log("open " + configuration);
    }

    @Override
    public SessionDescription createOffer(OfferOptions options) {
        boolean restart = options != null && options.iceRestart();
        return Conversions.description(await("createOffer", connection().createOffer(new RTCOfferOptions(restart))));
    }

    @Override
    public SessionDescription createAnswer() {
        return Conversions.description(await("createAnswer", connection().createAnswer()));
    }

    @Override
    public void setLocalDescription(SessionDescription description) {
        await("setLocalDescription", call(() -> connection().setLocalDescription(Conversions.init(description))));
    }

    @Override
    public void setRemoteDescription(SessionDescription description) {
        await("setRemoteDescription", call(() -> connection().setRemoteDescription(Conversions.init(description))));
    }

    @Override
    public void addIceCandidate(IceCandidate candidate) {
        await("addIceCandidate", candidate == null ? connection().addIceCandidate()
                : connection().addIceCandidate(Conversions.candidate(candidate)));
    }

    @Override
    public SessionDescription localDescription() {
        return Conversions.description(connection().localDescription());
    }

    @Override
    public SessionDescription currentLocalDescription() {
        return Conversions.description(connection().currentLocalDescription());
    }

    @Override
    public SessionDescription pendingLocalDescription() {
        return Conversions.description(connection().pendingLocalDescription());
    }

    @Override
    public SessionDescription remoteDescription() {
        return Conversions.description(connection().remoteDescription());
    }

    @Override
    public SessionDescription currentRemoteDescription() {
        return Conversions.description(connection().currentRemoteDescription());
    }

    @Override
    public SessionDescription pendingRemoteDescription() {
        return Conversions.description(connection().pendingRemoteDescription());
    }

    @Override
    public String signalingState() {
        return connection().signalingState().spec();
    }

    @Override
    public String iceGatheringState() {
        return connection().iceGatheringState().spec();
    }

    @Override
    public String iceConnectionState() {
        return connection().iceConnectionState().spec();
    }

    @Override
    public String connectionState() {
        return connection().connectionState().spec();
    }

    /** False until a remote description says it can trickle (the attribute is null before one). */
    @Override
    public boolean canTrickleIceCandidates() {
        return Boolean.TRUE.equals(connection().canTrickleIceCandidates());
    }

    @Override
    public void restartIce() {
        connection().restartIce();
    }

    /** Synthetic tracks stand for the fake devices: one stream, addTrack for each track. */
    @Override
    public List<String> addUserMedia(boolean audio, boolean video) {
        if (!audio && !video) {
            throw new PeerException("TypeError", "getUserMedia() needs audio or video");
        }
        List<MediaStreamTrack> tracks = new ArrayList<>();
        if (audio) {
            tracks.add(MediaStreamTrack.synthetic("audio"));
        }
        if (video) {
            tracks.add(MediaStreamTrack.synthetic("video"));
        }
        MediaStream stream = new MediaStream(tracks);
        return call(() -> {
            tracks.forEach(t -> connection().addTrack(t, stream));
            return tracks.stream().map(MediaStreamTrack::id).toList();
        });
    }

    @Override
    public void addTransceiver(String kind, String direction) {
        call(() -> connection().addTransceiver(kind, RTCRtpTransceiverInit.of(
                direction == null ? null : RTCRtpTransceiverDirection.fromSpec(direction))));
    }

    @Override
    public String createDataChannel(String label, DataChannelInit init) {
        RTCDataChannel channel = call(() -> connection().createDataChannel(label, Conversions.channelInit(init)));
        return register(channel);
    }

    @Override
    public synchronized List<String> dataChannels() {
        return List.copyOf(channels.keySet());
    }

    @Override
    public DataChannelInfo dataChannel(String handle) {
        RTCDataChannel c = channel(handle);
        return new DataChannelInfo(handle, c.label(), c.id(), c.readyState().spec(), c.ordered(),
                c.maxPacketLifeTime(), c.maxRetransmits(), c.protocol(), c.negotiated(), c.bufferedAmount());
    }

    @Override
    public MessageDigest send(String handle, MessageSpec message) {
        RTCDataChannel c = channel(handle);
        byte[] payload = message.payload();
        call(() -> {
            if (message.binary()) {
                c.send(payload);
            } else {
                c.send(new String(payload, StandardCharsets.US_ASCII));
            }
            return null;
        });
        return MessageDigest.of(message);
    }

    @Override
    public synchronized List<MessageDigest> received(String handle) {
        channel(handle);
        return List.copyOf(received.get(handle));
    }

    @Override
    public void closeDataChannel(String handle) {
        channel(handle).close();
    }

    // ---- BulkTransfer -----------------------------------------------------------------------------

    /**
     * Sends {@code total} bytes in binary messages of {@code chunk} bytes as the agent page does: while more
     * than 4 MiB are buffered it waits for "bufferedamountlow" (threshold 1 MiB).
     */
    @Override
    public void sendBulk(String handle, long total, int chunk) {
        RTCDataChannel c = channel(handle);
        BulkSender sender = new BulkSender(c);
        try {
            sender.send(total, chunk, data -> call(() -> {
                c.send(data);
                return null;
            }));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerException("AbortError", "sendBulk was interrupted", e);
        }
        log("sendBulk " + handle + " " + total + " bytes in " + chunk + "-byte messages");
    }

    @Override
    public synchronized void countOnly(String handle) {
        channel(handle);
        bulk.putIfAbsent(handle, new BulkCounter());
    }

    @Override
    public ChannelCounters counters(String handle) {
        channel(handle);
        BulkCounter counter;
        synchronized (this) {
            counter = bulk.get(handle);
        }
        return counter == null ? new ChannelCounters(0, 0, null, null) : counter.snapshot();
    }

    @Override
    public List<Map<String, Object>> getStats() {
        RTCStatsReport report = await("getStats", connection().getStats());
        return report.values().stream().map(m -> Map.copyOf(m)).toList();
    }

    @Override
    public List<PeerEvent> events() {
        return timeline.snapshot();
    }

    @Override
    public synchronized List<String> logs() {
        return List.copyOf(logs);
    }

    @Override
    public void closeConnection() {
        RTCPeerConnection connection;
        synchronized (this) {
            connection = pc;
        }
        if (connection != null) {
            connection.close();
            log("closeConnection");
        }
    }

    @Override
    public void close() {
        closeConnection();
    }

    // ---- helpers --------------------------------------------------------------------------------

    private synchronized RTCPeerConnection connection() {
        if (pc == null) {
            throw new PeerException("InvalidStateError", "open() the Java peer first");
        }
        return pc;
    }

    private synchronized RTCDataChannel channel(String handle) {
        RTCDataChannel c = channels.get(handle);
        if (c == null) {
            throw new PeerException("NotFoundError", "no data channel with handle " + handle);
        }
        return c;
    }

    /** Gives the channel a handle, and records its events and messages. */
    private String register(RTCDataChannel channel) {
        String handle = "java-dc-" + channel.handle();
        synchronized (this) {
            channels.put(handle, channel);
            received.put(handle, new ArrayList<>());
        }
        for (String type : CHANNEL_EVENTS) {
            channel.addEventListener(type, e -> timeline.add(type, handle, channel.label()));
        }
        channel.addEventListener("message", e -> {
            if (!(e instanceof MessageEvent m)) {
                return;
            }
            BulkCounter counter;
            synchronized (this) {
                counter = bulk.get(handle);
            }
            if (counter != null) {
                counter.add(m.bytes().length, timeline.now());
                return;
            }
            MessageDigest digest = MessageDigest.of(m.isBinary(), m.bytes());
            synchronized (this) {
                received.get(handle).add(digest);
            }
            timeline.add("message", handle, channel.label());
        });
        return handle;
    }

    private synchronized void log(String line) {
        logs.add(String.format("%.1f %s", timeline.now(), line));
    }

    /** Runs a synchronous API call, turning its DOMException into a PeerException of the same name. */
    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (DOMException e) {
            log(e.toString());
            throw new PeerException(e.name(), e.getMessage(), e);
        }
    }

    private <T> T await(String method, CompletableFuture<T> promise) {
        try {
            return promise.get(PROMISE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DOMException d) {
                log(method + " rejected: " + d);
                throw new PeerException(d.name(), d.getMessage(), d);
            }
            LOG.error("{} failed with a non-DOMException", method, e.getCause());
            throw new PeerException("OperationError", method + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            // The spec leaves an operation pending forever when the connection closes under it.
            throw new PeerException("TimeoutError", method + " did not settle within " + PROMISE_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PeerException("AbortError", method + " was interrupted", e);
        }
    }
}
