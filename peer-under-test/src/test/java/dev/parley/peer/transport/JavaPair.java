package dev.parley.peer.transport;

import dev.parley.peer.api.RTCConfiguration;
import dev.parley.peer.api.RTCIceCandidateInit;
import dev.parley.peer.api.RTCPeerConnection;
import dev.parley.peer.api.RTCPeerConnectionIceEvent;
import dev.parley.peer.api.RTCSessionDescriptionInit;
import dev.parley.peer.api.StateChangeEvent;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two RTCPeerConnections on the real transports with an app's signaling between them: descriptions passed
 * by {@link #negotiate}, candidates trickled by {@link #pump()} once the receiver has a remote description.
 * Run inside the test network (-Dparley.test.jvm=.../tools/netns/bin/java).
 */
final class JavaPair implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern FINGERPRINT = Pattern.compile("(a=fingerprint:sha-256 )([0-9A-F]{2})");

    final Side offerer = new Side("offerer");
    final Side answerer = new Side("answerer");

    /** One connection, the events it fired (type:value) and the candidates it has not yet sent. */
    static final class Side {
        final String name;
        final RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), new IceDtlsTransportFactory());
        final List<String> events = new CopyOnWriteArrayList<>();
        final Queue<RTCIceCandidateInit> outbox = new ConcurrentLinkedQueue<>();

        Side(String name) {
            this.name = name;
            for (String type : List.of("iceconnectionstatechange", "connectionstatechange",
                    "icegatheringstatechange")) {
                pc.addEventListener(type, e -> events.add(type + ":" + ((StateChangeEvent) e).state()));
            }
            pc.addEventListener("icecandidate", e -> {
                var candidate = ((RTCPeerConnectionIceEvent) e).candidate();
                events.add("icecandidate:" + (candidate == null ? "null"
                        : candidate.candidate().isEmpty() ? "end-of-candidates" : candidate.type()));
                if (candidate != null) {
                    outbox.add(candidate.toJSON());
                }
            });
        }

        List<String> of(String type) {
            return events.stream().filter(e -> e.startsWith(type + ":")).map(e -> e.substring(type.length() + 1))
                    .toList();
        }
    }

    /** The whole offer/answer from {@code from} to {@code to}, the offer passed through {@code offerInTransit}. */
    void negotiate(Side from, Side to, UnaryOperator<String> offerInTransit) throws Exception {
        RTCSessionDescriptionInit offer = await(from.pc.createOffer());
        await(from.pc.setLocalDescription(offer));
        await(to.pc.setRemoteDescription(new RTCSessionDescriptionInit(offer.type(),
                offerInTransit.apply(offer.sdp()))));
        pump();
        RTCSessionDescriptionInit answer = await(to.pc.createAnswer());
        await(to.pc.setLocalDescription(answer));
        await(from.pc.setRemoteDescription(answer));
        pump();
    }

    void negotiate(UnaryOperator<String> offerInTransit) throws Exception {
        negotiate(offerer, answerer, offerInTransit);
    }

    void negotiate() throws Exception {
        negotiate(UnaryOperator.identity());
    }

    /** The SDP with the first byte of each sha-256 fingerprint changed: a man in the middle's certificate. */
    static String tamper(String sdp) {
        Matcher m = FINGERPRINT.matcher(sdp);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String flipped = m.group(2).equals("00") ? "01" : "00";
            m.appendReplacement(out, m.group(1) + flipped);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Trickles every candidate gathered so far to the other side. */
    void pump() throws Exception {
        deliver(offerer, answerer);
        deliver(answerer, offerer);
    }

    private static void deliver(Side from, Side to) throws Exception {
        if (to.pc.remoteDescription() == null) {
            return;
        }
        for (RTCIceCandidateInit c = from.outbox.poll(); c != null; c = from.outbox.poll()) {
            await(to.pc.addIceCandidate(c));
        }
    }

    /** Pumps candidates until the condition holds. */
    void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; offerer " + offerer.events
                        + ", answerer " + answerer.events);
            }
            pump();
            Thread.sleep(10);
        }
    }

    static <T> T await(CompletableFuture<T> promise) throws Exception {
        return promise.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        offerer.pc.close();
        answerer.pc.close();
    }
}
