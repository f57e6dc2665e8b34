package dev.parley.peer.datachannel;

import dev.parley.peer.api.MessageEvent;
import dev.parley.peer.api.RTCConfiguration;
import dev.parley.peer.api.RTCDataChannelEvent;
import dev.parley.peer.api.RTCErrorEvent;
import dev.parley.peer.api.RTCIceCandidateInit;
import dev.parley.peer.api.RTCPeerConnection;
import dev.parley.peer.api.RTCPeerConnectionIceEvent;
import dev.parley.peer.api.RTCSessionDescriptionInit;
import dev.parley.peer.ice.TestNetwork;
import dev.parley.peer.transport.IceDtlsTransportFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Two RTCPeerConnections of this JVM on the real ICE and DTLS transports, with an app's signaling between
 * them (candidates trickled as they come), and the vocabulary of WPT's createDataChannelPair helpers. Run
 * inside the test network (-Dparley.test.jvm=.../tools/netns/bin/java).
 */
final class ConnectionPair implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    final Side offerer = new Side("offerer");
    final Side answerer = new Side("answerer");

    ConnectionPair() {
        TestNetwork.requireNamespace();
        offerer.other = answerer;
        answerer.other = offerer;
    }

    /** One connection, the channels it received, and every channel event it saw, as "label:type". */
    static final class Side {
        final String name;
        final RTCPeerConnection pc = new RTCPeerConnection(RTCConfiguration.defaults(), new IceDtlsTransportFactory());
        final BlockingQueue<RTCDataChannel> received = new LinkedBlockingQueue<>();
        final Map<RTCDataChannel, List<String>> events = new ConcurrentHashMap<>();
        final Map<RTCDataChannel, BlockingQueue<MessageEvent>> messages = new ConcurrentHashMap<>();
        private final BlockingQueue<RTCIceCandidateInit> early = new LinkedBlockingQueue<>();
        private volatile boolean remoteSet;
        Side other;

        Side(String name) {
            this.name = name;
            pc.addEventListener("icecandidate", e -> {
                var c = ((RTCPeerConnectionIceEvent) e).candidate();
                if (c != null && !c.candidate().isEmpty()) {
                    other.candidate(c.toJSON());
                }
            });
            pc.addEventListener("datachannel", e -> {
                RTCDataChannel c = ((RTCDataChannelEvent) e).channel();
                watch(c);
                events.get(c).add("datachannel:" + c.readyState());
                received.add(c);
            });
        }

        private void candidate(RTCIceCandidateInit c) {
            if (remoteSet) {
                pc.addIceCandidate(c);
            } else {
                early.add(c);
            }
        }

        void remoteSet() {
            remoteSet = true;
            for (RTCIceCandidateInit c = early.poll(); c != null; c = early.poll()) {
                pc.addIceCandidate(c);
            }
        }

        /** Records the channel's events and messages. */
        RTCDataChannel watch(RTCDataChannel c) {
            List<String> log = events.computeIfAbsent(c, k -> new CopyOnWriteArrayList<>());
            BlockingQueue<MessageEvent> inbox = messages.computeIfAbsent(c, k -> new LinkedBlockingQueue<>());
            for (String type : List.of("open", "closing", "close", "bufferedamountlow")) {
                c.addEventListener(type, e -> log.add(type));
            }
            c.addEventListener("error", e -> log.add("error:" + ((RTCErrorEvent) e).errorDetail()));
            c.addEventListener("message", e -> inbox.add((MessageEvent) e));
            return c;
        }

        RTCDataChannel create(String label, dev.parley.peer.api.RTCDataChannelInit init) {
            return watch(pc.createDataChannel(label, init));
        }

        /** Drops what was recorded for the channel (long runs keep nothing of closed channels). */
        void forget(RTCDataChannel c) {
            events.remove(c);
            messages.remove(c);
        }

        List<String> events(RTCDataChannel c) {
            return List.copyOf(events.get(c));
        }

        /** The next channel the peer announced. */
        RTCDataChannel nextReceived() throws InterruptedException {
            RTCDataChannel c = received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (c == null) {
                throw new AssertionError(name + ": no datachannel event within " + TIMEOUT);
            }
            return c;
        }

        MessageEvent nextMessage(RTCDataChannel c) throws InterruptedException {
            MessageEvent m = messages.get(c).poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (m == null) {
                throw new AssertionError(name + ": no message on " + c + " within " + TIMEOUT);
            }
            return m;
        }
    }

    /** The whole offer/answer from the offerer. */
    void negotiate() throws Exception {
        negotiate(offerer, answerer);
    }

    void negotiate(Side from, Side to) throws Exception {
        RTCSessionDescriptionInit offer = await(from.pc.createOffer());
        await(from.pc.setLocalDescription(offer));
        await(to.pc.setRemoteDescription(offer));
        to.remoteSet();
        RTCSessionDescriptionInit answer = await(to.pc.createAnswer());
        await(to.pc.setLocalDescription(answer));
        await(from.pc.setRemoteDescription(answer));
        from.remoteSet();
    }

    static void awaitState(RTCDataChannel c, RTCDataChannelState state) throws InterruptedException {
        await(c + " " + state, () -> c.readyState() == state);
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    static <T> T await(CompletableFuture<T> promise) throws Exception {
        return promise.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Fired events of a type so far, for assertions on whole sequences. */
    static List<String> only(List<String> events, String prefix) {
        return events.stream().filter(e -> e.startsWith(prefix)).toList();
    }


    @Override
    public void close() {
        offerer.pc.close();
        answerer.pc.close();
    }
}
