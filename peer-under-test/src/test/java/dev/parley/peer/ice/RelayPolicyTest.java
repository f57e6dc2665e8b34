package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.AfterClass;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import dev.parley.peer.dtls.DtlsSettings;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsRole;
import dev.parley.peer.dtls.RTCDtlsTransport;

/**
 * iceTransportPolicy "relay" java<->java through a real TURN server (coturn) inside the test
 * network: only relay candidates are announced and paired, and ICE then DTLS work over them.
 */
public class RelayPolicyTest {

    private static final Logger LOG = LoggerFactory.getLogger(RelayPolicyTest.class);
    private static final Duration TIMEOUT = IcePeers.TIMEOUT;

    private TurnServer turn;
    private IcePeers peers;

    @BeforeClass
    public void onlyInsideTheTestNetwork() {
        TestNetwork.requireNamespace();
    }

    /**
     * The class's one TURN server, started by the first test that needs it: without coturn each
     * of those tests fails with the reason, none is skipped.
     */
    private TurnServer turn() throws Exception {
        if (turn == null) {
            turn = TurnServer.onTestNetwork().start();
        }
        return turn;
    }

    @AfterClass(alwaysRun = true)
    public void stopTurnServer() {
        if (turn != null) {
            turn.close();
        }
    }

    @AfterMethod(alwaysRun = true)
    public void closePeers() {
        if (peers != null) {
            peers.close();
            peers = null;
        }
    }

    @Test
    public void relayPolicyAnnouncesOnlyTheTurnServersRelayCandidates() throws Exception {
        try (RTCIceTransport transport = new RTCIceTransport(IceSettings.DEFAULTS)) {
            RecordingIceListener events = new RecordingIceListener();
            transport.addListener(events);

            transport.gather(IceParameters.random(), List.of(turn().iceServer()), RTCIceGatherPolicy.RELAY)
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            events.await("gathering:complete", TIMEOUT);

            assertFalse(events.candidates.isEmpty(), "a relay candidate; turnserver said:\n" + turn.lastOutput());
            for (IceCandidateInfo candidate : events.candidates) {
                assertEquals(candidate.type(), RTCIceCandidateType.RELAY, "only relay candidates: " + events.candidates);
                assertEquals(candidate.address(), turn.address().getHostAddress());
                assertTrue(candidate.port() >= TurnServer.MIN_RELAY_PORT && candidate.port() <= TurnServer.MAX_RELAY_PORT,
                        "a port of the server's relay range: " + candidate);
                assertTrue(candidate.relatedAddress().isPresent(), "raddr: the address the server saw: " + candidate);
                assertEquals(transport.getServerUrl(candidate).orElseThrow(), turn.url());
            }
            assertTrue(events.errors.isEmpty(), "no icecandidateerror: " + events.errors);
            assertEquals(transport.getLocalCandidates(), events.candidates);
        }
    }

    @Test
    public void relayPolicyWithoutATurnServerGathersNoCandidateAndCompletes() throws Exception {
        try (RTCIceTransport transport = new RTCIceTransport(IceSettings.DEFAULTS)) {
            RecordingIceListener events = new RecordingIceListener();
            transport.addListener(events);

            transport.gather(IceParameters.random(), List.of(), RTCIceGatherPolicy.RELAY).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            events.await("gathering:complete", TIMEOUT);

            assertEquals(events.events, List.of("gathering:gathering", "end-of-candidates", "gathering:complete"));
            assertTrue(transport.getLocalCandidates().isEmpty());
        }
    }

    @Test
    public void relayPolicyWithAWrongTurnPasswordFiresIceCandidateErrorAndGathersNothing() throws Exception {
        String url = turn().url();
        try (RTCIceTransport transport = new RTCIceTransport(IceSettings.DEFAULTS)) {
            RecordingIceListener events = new RecordingIceListener();
            transport.addListener(events);

            transport.gather(IceParameters.random(), List.of(IceServerConfig.turn(url, TurnServer.USERNAME, "wrong")),
                    RTCIceGatherPolicy.RELAY).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            events.await("gathering:complete", TIMEOUT);

            assertTrue(events.candidates.isEmpty(), "no candidate: " + events.candidates);
            assertEquals(events.errors.size(), 1, "errors " + events.errors);
            assertEquals(events.errors.get(0).errorCode(), 401, "Unauthorized: " + events.errors.get(0));
            assertEquals(events.errors.get(0).url(), url);
        }
    }

    /** W3C: all candidates known, no pair left to check: failed (ice4j itself would wait forever). */
    @Test
    public void relayOnlyPeersWithoutRelayCandidatesEndFailed() throws Exception {
        peers = new IcePeers(IceSettings.DEFAULTS);
        IceServerConfig refused = IceServerConfig.turn(turn().url(), TurnServer.USERNAME, "wrong");

        peers.startWithoutWaiting(List.of(refused), RTCIceGatherPolicy.RELAY);
        long started = System.nanoTime();
        peers.controllingEvents.await("state:failed", TIMEOUT);
        peers.controlledEvents.await("state:failed", TIMEOUT);
        LOG.info("relay-only without relay candidates: failed after {} ms", (System.nanoTime() - started) / 1_000_000);

        assertEquals(peers.controllingEvents.statesOnly(), List.of("state:checking", "state:failed"));
        assertTrue(peers.controlling.getCandidatePairs().isEmpty());
        assertTrue(peers.controlling.getSelectedCandidatePair().isEmpty());
    }

    @Test
    public void twoRelayOnlyPeersConnectRelayToRelayAndRunDtlsOverTheTurnServer() throws Exception {
        peers = new IcePeers(IceSettings.DEFAULTS);
        RTCCertificate offererCertificate = RTCCertificate.generate();
        RTCCertificate answererCertificate = RTCCertificate.generate();
        try (RTCDtlsTransport offerer = new RTCDtlsTransport(peers.controlling, List.of(offererCertificate), DtlsSettings.DEFAULTS);
                RTCDtlsTransport answerer = new RTCDtlsTransport(peers.controlled, List.of(answererCertificate), DtlsSettings.DEFAULTS)) {
            DtlsEnd offererEnd = new DtlsEnd(offerer);
            DtlsEnd answererEnd = new DtlsEnd(answerer);

            Duration iceConnect = peers.connect(List.of(turn().iceServer()), RTCIceGatherPolicy.RELAY, RTCIceGatherPolicy.RELAY);
            long dtlsStarted = System.nanoTime();
            offerer.start(RTCDtlsRole.SERVER, answererCertificate.getFingerprints());
            answerer.start(RTCDtlsRole.CLIENT, offererCertificate.getFingerprints());
            offererEnd.awaitConnected();
            answererEnd.awaitConnected();
            LOG.info("relay/relay through coturn: ICE start to connected {} ms, DTLS handshake {} ms", iceConnect.toMillis(),
                    (System.nanoTime() - dtlsStarted) / 1_000_000);

            for (RTCIceTransport side : List.of(peers.controlling, peers.controlled)) {
                RTCIceCandidatePairInfo selected = side.getSelectedCandidatePair().orElseThrow();
                assertEquals(selected.local().type(), RTCIceCandidateType.RELAY, "selected local candidate: " + selected);
                assertEquals(selected.remote().type(), RTCIceCandidateType.RELAY, "selected remote candidate: " + selected);
                assertTrue(side.getLocalCandidates().stream().allMatch(c -> c.type() == RTCIceCandidateType.RELAY));
                assertOnlyRelayPairs(side);
            }
            for (int i = 0; i < 20; i++) {
                offerer.send(("to answerer " + i).getBytes(StandardCharsets.UTF_8));
                answerer.send(("to offerer " + i).getBytes(StandardCharsets.UTF_8));
            }
            byte[] full = new byte[offerer.getMaxApplicationDataSize()];
            full[0] = 0x13;
            offerer.send(full);
            for (int i = 0; i < 20; i++) {
                assertEquals(new String(answererEnd.awaitData(), StandardCharsets.UTF_8), "to answerer " + i);
                assertEquals(new String(offererEnd.awaitData(), StandardCharsets.UTF_8), "to offerer " + i);
            }
            assertEquals(answererEnd.awaitData(), full, "a record of the largest size crosses the relay whole");
        }
    }

    @Test
    public void aRelayOnlyPeerConnectsToAPeerThatOffersEverything() throws Exception {
        peers = new IcePeers(IceSettings.DEFAULTS);

        Duration iceConnect = peers.connect(List.of(turn().iceServer()), RTCIceGatherPolicy.ALL, RTCIceGatherPolicy.RELAY);
        LOG.info("all/relay through coturn: ICE start to connected {} ms", iceConnect.toMillis());

        assertEquals(peers.controlled.getSelectedCandidatePair().orElseThrow().local().type(), RTCIceCandidateType.RELAY);
        assertOnlyRelayPairs(peers.controlled);
        assertTrue(peers.controlling.getLocalCandidates().stream().anyMatch(c -> c.type() == RTCIceCandidateType.HOST),
                "the other side still offers its host candidate");
        BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
        peers.controlling.getDtlsPacketTransport().setReceiver(received::add);
        byte[] record = {0x17, (byte) 0xfe, (byte) 0xfd, 42};
        peers.controlled.getDtlsPacketTransport().send(record, 0, record.length);
        assertEquals(received.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS), record);
    }

    @Test
    public void anIceRestartUnderTheRelayPolicyMovesToNewRelayCandidatesOfTheSameServer() throws Exception {
        peers = new IcePeers(IceSettings.DEFAULTS);
        peers.connect(List.of(turn().iceServer()), RTCIceGatherPolicy.RELAY, RTCIceGatherPolicy.RELAY);
        RTCIceCandidatePairInfo before = peers.controlling.getSelectedCandidatePair().orElseThrow();

        long started = System.nanoTime();
        peers.restart();
        peers.controllingEvents.awaitCount("pair", 2, TIMEOUT);
        peers.controlledEvents.awaitCount("pair", 2, TIMEOUT);
        LOG.info("relay/relay ICE restart to the new pair in {} ms", (System.nanoTime() - started) / 1_000_000);

        RTCIceCandidatePairInfo after = peers.controlling.getSelectedCandidatePair().orElseThrow();
        assertEquals(after.local().type(), RTCIceCandidateType.RELAY);
        assertEquals(after.remote().type(), RTCIceCandidateType.RELAY);
        assertTrue(after.local().port() != before.local().port(), "a new allocation: " + before.local() + " -> " + after.local());
        assertOnlyRelayPairs(peers.controlling);
        assertOnlyRelayPairs(peers.controlled);
        assertTrue(peers.controlling.getLocalCandidates().stream().allMatch(c -> c.type() == RTCIceCandidateType.RELAY));
    }

    @Test
    public void aMissingTurnserverBinaryFailsWithAMessageThatNamesCoturn() throws Exception {
        try (TurnServer missing = new TurnServer(Path.of("/nonexistent/turnserver"), InetAddress.getByName("10.213.0.1"), 3479)) {
            IllegalStateException failure = expectThrows(IllegalStateException.class, missing::start);
            assertTrue(failure.getMessage().contains("coturn"), failure.getMessage());
        }
    }

    /** No pair of the check list has a host (or any non-relay) local candidate: no check ever leaves a host socket. */
    private static void assertOnlyRelayPairs(RTCIceTransport transport) {
        List<IceCandidatePairSnapshot> pairs = transport.getCandidatePairs();
        assertFalse(pairs.isEmpty());
        for (IceCandidatePairSnapshot pair : pairs) {
            assertEquals(pair.local().type(), RTCIceCandidateType.RELAY, "pair " + pair.local() + " <-> " + pair.remote());
        }
    }
}
