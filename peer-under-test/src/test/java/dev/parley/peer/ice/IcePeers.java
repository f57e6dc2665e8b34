package dev.parley.peer.ice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two ICE transports in this JVM with signaling between them, like two browsers and a relay:
 * each trickles its candidates to the other as they come; {@link #connect()} exchanges the
 * credentials and starts both, the first one controlling.
 */
public final class IcePeers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IcePeers.class);

    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    public final RTCIceTransport controlling;
    public final RTCIceTransport controlled;
    public final RecordingIceListener controllingEvents = new RecordingIceListener();
    public final RecordingIceListener controlledEvents = new RecordingIceListener();

    public IcePeers(IceSettings settings) {
        this(new RTCIceTransport(settings), new RTCIceTransport(settings));
    }

    /** Two transports made by the test, e.g. with a package-private knob set. */
    IcePeers(RTCIceTransport controlling, RTCIceTransport controlled) {
        this.controlling = controlling;
        this.controlled = controlled;
        controlling.addListener(controllingEvents);
        controlled.addListener(controlledEvents);
        controlling.addListener(trickleTo(controlled));
        controlled.addListener(trickleTo(controlling));
    }

    private static RTCIceTransportListener trickleTo(RTCIceTransport peer) {
        return new RTCIceTransportListener() {
            @Override
            public void onLocalCandidate(IceCandidateInfo candidate) {
                peer.addRemoteCandidate(candidate);
            }

            @Override
            public void onEndOfLocalCandidates() {
                peer.addRemoteEndOfCandidates();
            }
        };
    }

    /** Gathers on both sides, exchanges credentials, starts checks; returns when both are connected. */
    public void connect() throws Exception {
        connect(List.of(), RTCIceGatherPolicy.ALL, RTCIceGatherPolicy.ALL);
    }

    /**
     * The same with ICE servers and each side's gather policy.
     *
     * @return the time from starting the checks (the agents exist) to both sides connected
     */
    public Duration connect(List<IceServerConfig> servers, RTCIceGatherPolicy controllingPolicy,
            RTCIceGatherPolicy controlledPolicy) throws Exception {
        long started = System.nanoTime();
        IceParameters a = IceParameters.random();
        IceParameters b = IceParameters.random();
        controlling.gather(a, servers, controllingPolicy).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        long firstAgent = System.nanoTime();
        controlled.gather(b, servers, controlledPolicy).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        long secondAgent = System.nanoTime();
        controlling.start(b, RTCIceRole.CONTROLLING).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controlled.start(a, RTCIceRole.CONTROLLED).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controllingEvents.await("state:connected", TIMEOUT);
        controlledEvents.await("state:connected", TIMEOUT);
        long connected = System.nanoTime();
        LOG.info("ICE timings ({} / {}): first agent {} ms, second agent {} ms, start to both connected {} ms",
                controllingPolicy, controlledPolicy, (firstAgent - started) / 1_000_000, (secondAgent - firstAgent) / 1_000_000,
                (connected - secondAgent) / 1_000_000);
        return Duration.ofNanos(connected - secondAgent);
    }

    /** Gathers on both sides, exchanges credentials and starts checks, without waiting for the outcome. */
    public void startWithoutWaiting() throws Exception {
        startWithoutWaiting(RTCIceRole.CONTROLLED);
    }

    /** The same, giving the second transport {@code secondRole} (a role conflict when both control). */
    public void startWithoutWaiting(RTCIceRole secondRole) throws Exception {
        startWithoutWaiting(List.of(), RTCIceGatherPolicy.ALL, secondRole);
    }

    /** The same with ICE servers and one gather policy for both sides. */
    public void startWithoutWaiting(List<IceServerConfig> servers, RTCIceGatherPolicy policy) throws Exception {
        startWithoutWaiting(servers, policy, RTCIceRole.CONTROLLED);
    }

    private void startWithoutWaiting(List<IceServerConfig> servers, RTCIceGatherPolicy policy, RTCIceRole secondRole)
            throws Exception {
        IceParameters a = IceParameters.random();
        IceParameters b = IceParameters.random();
        controlling.gather(a, servers, policy).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controlled.gather(b, servers, policy).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controlling.start(b, RTCIceRole.CONTROLLING).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controlled.start(a, secondRole).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** ICE restart on both sides, as an offer and an answer with new credentials would do. */
    public void restart() throws Exception {
        IceParameters a = IceParameters.random();
        IceParameters b = IceParameters.random();
        controlling.restart(a).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controlled.restart(b).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controlling.start(b, RTCIceRole.CONTROLLING).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        controlled.start(a, RTCIceRole.CONTROLLED).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        controlling.close();
        controlled.close();
    }
}
