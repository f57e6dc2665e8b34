package dev.parley.peer.stats;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
import dev.parley.peer.ice.DtlsEnd;
import dev.parley.peer.ice.IcePeers;
import dev.parley.peer.ice.IceServerConfig;
import dev.parley.peer.ice.IceSettings;
import dev.parley.peer.ice.RTCIceGatherPolicy;
import dev.parley.peer.ice.RTCIceTransport;
import dev.parley.peer.ice.TestNetwork;
import dev.parley.peer.ice.TurnServer;

/** getStats() building blocks over a real ICE + DTLS connection, java<->java in the test network. */
public class TransportStatsCollectorTest {

    private static final Logger LOG = LoggerFactory.getLogger(TransportStatsCollectorTest.class);
    private static final Duration CONSENT_WAIT = Duration.ofSeconds(6);

    private IcePeers peers;
    private RTCDtlsTransport offerer;
    private RTCDtlsTransport answerer;
    private DtlsEnd answererEnd;
    private TurnServer turn;

    @BeforeClass
    public void onlyInsideTheTestNetwork() {
        TestNetwork.requireNamespace();
    }

    @AfterMethod(alwaysRun = true)
    public void close() {
        if (offerer != null) {
            offerer.close();
            answerer.close();
            offerer = null;
            answerer = null;
            answererEnd = null;
        }
        if (peers != null) {
            peers.close();
            peers = null;
        }
    }

    @AfterClass(alwaysRun = true)
    public void stopTurnServer() {
        if (turn != null) {
            turn.close();
        }
    }

    @Test
    public void aConnectedTransportReportsItsStateItsSelectedPairAndBothCertificates() throws Exception {
        connect(List.of(), RTCIceGatherPolicy.ALL);
        byte[] payload = new byte[100];
        payload[0] = 0x13;
        for (int i = 0; i < 10; i++) {
            offerer.send(payload);
        }
        // send() returns once the datagram is handed to the socket; the answerer counts it when its
        // receive thread reads it. Its stats may be compared with the offerer's only once it has them all.
        for (int i = 0; i < 10; i++) {
            assertEquals(answererEnd.awaitData(), payload, "payload " + i);
        }
        awaitConsentCheck();

        List<Map<String, Object>> offererStats = TransportStatsCollector.collect("T01", peers.controlling, offerer, System.currentTimeMillis());
        List<Map<String, Object>> answererStats = TransportStatsCollector.collect("T01", peers.controlled, answerer, System.currentTimeMillis());
        LOG.info("offerer stats: {}", offererStats);

        Map<String, Object> transport = only(offererStats, s -> s.get("type").equals("transport"));
        assertEquals(transport.get("id"), "T01");
        assertEquals(transport.get("iceRole"), "controlling");
        assertEquals(only(answererStats, s -> s.get("type").equals("transport")).get("iceRole"), "controlled");
        assertTrue(List.of("connected", "completed").contains(transport.get("iceState")), "iceState " + transport.get("iceState"));
        assertEquals(transport.get("dtlsState"), "connected");
        assertEquals(transport.get("dtlsRole"), "server");
        assertEquals(transport.get("tlsVersion"), "FEFD");
        assertEquals(transport.get("dtlsCipher"), "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertTrue(String.valueOf(transport.get("srtpCipher")).startsWith("SRTP_"), "srtpCipher " + transport.get("srtpCipher"));
        assertEquals(transport.get("selectedCandidatePairChanges"), 1L);
        assertEquals(transport.get("iceLocalUsernameFragment"), peers.controlling.getLocalParameters().orElseThrow().usernameFragment());
        assertTrue((Long) transport.get("bytesSent") >= 10 * payload.length, "DTLS records carried the payloads: " + transport);

        Map<String, Object> pair = byId(offererStats, (String) transport.get("selectedCandidatePairId"));
        assertEquals(pair.get("type"), "candidate-pair");
        assertEquals(pair.get("state"), "succeeded");
        assertEquals(pair.get("nominated"), true);
        assertEquals(pair.get("transportId"), "T01");
        assertEquals(byId(offererStats, (String) pair.get("localCandidateId")).get("type"), "local-candidate");
        assertEquals(byId(offererStats, (String) pair.get("remoteCandidateId")).get("type"), "remote-candidate");
        assertEquals(pair.get("bytesSent"), transport.get("bytesSent"), "one pair carried everything");
        assertTrue((Long) pair.get("requestsSent") >= 1 && (Long) pair.get("responsesReceived") >= 1, "checks counted: " + pair);
        assertTrue((Long) pair.get("requestsReceived") >= 1 && (Long) pair.get("responsesSent") >= 1, "peer's checks counted: " + pair);
        assertTrue((Long) pair.get("consentRequestsSent") >= 1, "a consent check after selection: " + pair);
        double rtt = (Double) pair.get("currentRoundTripTime");
        assertTrue(rtt >= 0 && rtt < 0.5, "round trip on one host, in seconds: " + rtt);
        assertTrue((Double) pair.get("totalRoundTripTime") >= rtt);
        assertTrue((Double) pair.get("lastPacketSentTimestamp") > 1.7e12, "epoch milliseconds: " + pair);

        Map<String, Object> localCertificate = byId(offererStats, (String) transport.get("localCertificateId"));
        Map<String, Object> remoteCertificate = byId(offererStats, (String) transport.get("remoteCertificateId"));
        Map<String, Object> answererTransport = only(answererStats, s -> s.get("type").equals("transport"));
        assertEquals(localCertificate.get("id"), answererTransport.get("remoteCertificateId"), "the same certificate, the same id");
        assertEquals(remoteCertificate.get("id"), answererTransport.get("localCertificateId"));
        assertEquals(remoteCertificate.get("fingerprintAlgorithm"), "sha-256");
        assertEquals(pair.get("bytesSent"), byId(answererStats, (String) answererTransport.get("selectedCandidatePairId")).get("bytesReceived"),
                "what one side sent, the other received");
        assertUniqueIds(offererStats);
    }

    @Test
    public void aTransportNotYetStartedReportsNewStatesUnknownRolesAndOnlyItsOwnCertificate() {
        RTCCertificate certificate = RTCCertificate.generate();
        try (RTCIceTransport ice = new RTCIceTransport(IceSettings.DEFAULTS);
                RTCDtlsTransport dtls = new RTCDtlsTransport(ice, List.of(certificate), DtlsSettings.DEFAULTS)) {
            List<Map<String, Object>> stats = TransportStatsCollector.collect("T01", ice, dtls, 1_795_000_000_000L);

            assertEquals(stats.stream().map(s -> s.get("type")).toList(), List.of("transport", "certificate"));
            Map<String, Object> transport = stats.get(0);
            assertEquals(transport.get("timestamp"), 1.795e12);
            assertEquals(transport.get("iceState"), "new");
            assertEquals(transport.get("dtlsState"), "new");
            assertEquals(transport.get("iceRole"), "unknown");
            assertEquals(transport.get("dtlsRole"), "unknown");
            assertEquals(transport.get("packetsSent"), 0L);
            assertEquals(transport.get("localCertificateId"), "CF" + certificate.getFingerprints().get(0).value());
            for (String absent : List.of("selectedCandidatePairId", "remoteCertificateId", "tlsVersion", "dtlsCipher", "srtpCipher",
                    "iceLocalUsernameFragment")) {
                assertFalse(transport.containsKey(absent), absent + " is not known yet: " + transport);
            }
        }
    }

    @Test
    public void relayCandidatesReportTheirTurnServerAndRelayProtocol() throws Exception {
        if (turn == null) {
            turn = TurnServer.onTestNetwork().start();
        }
        Duration iceConnect = connect(List.of(turn.iceServer()), RTCIceGatherPolicy.RELAY);
        LOG.info("relay/relay ICE start to connected {} ms", iceConnect.toMillis());

        List<Map<String, Object>> stats = TransportStatsCollector.collect("T01", peers.controlling, offerer, System.currentTimeMillis());

        Map<String, Object> transport = only(stats, s -> s.get("type").equals("transport"));
        Map<String, Object> pair = byId(stats, (String) transport.get("selectedCandidatePairId"));
        Map<String, Object> local = byId(stats, (String) pair.get("localCandidateId"));
        Map<String, Object> remote = byId(stats, (String) pair.get("remoteCandidateId"));
        assertEquals(local.get("candidateType"), "relay");
        assertEquals(local.get("url"), turn.url());
        assertEquals(local.get("relayProtocol"), "udp");
        assertEquals(local.get("address"), turn.address().getHostAddress());
        assertTrue(local.containsKey("relatedAddress") && local.containsKey("relatedPort"), "raddr/rport: " + local);
        assertEquals(remote.get("candidateType"), "relay");
        assertFalse(stats.stream().anyMatch(s -> "host".equals(s.get("candidateType")) && s.get("type").equals("local-candidate")),
                "no host candidate under the relay policy");
        assertTrue((Double) pair.get("currentRoundTripTime") >= 0);
        assertUniqueIds(stats);
    }

    /** ICE (with these servers and this policy on both sides), then DTLS; returns the ICE connect time. */
    private Duration connect(List<IceServerConfig> servers, RTCIceGatherPolicy policy) throws Exception {
        peers = new IcePeers(IceSettings.DEFAULTS);
        RTCCertificate offererCertificate = RTCCertificate.generate();
        RTCCertificate answererCertificate = RTCCertificate.generate();
        offerer = new RTCDtlsTransport(peers.controlling, List.of(offererCertificate), DtlsSettings.DEFAULTS);
        answerer = new RTCDtlsTransport(peers.controlled, List.of(answererCertificate), DtlsSettings.DEFAULTS);
        DtlsEnd offererEnd = new DtlsEnd(offerer);
        answererEnd = new DtlsEnd(answerer);
        Duration iceConnect = peers.connect(servers, policy, policy);
        offerer.start(RTCDtlsRole.SERVER, answererCertificate.getFingerprints());
        answerer.start(RTCDtlsRole.CLIENT, offererCertificate.getFingerprints());
        offererEnd.awaitConnected();
        answererEnd.awaitConnected();
        return iceConnect;
    }

    /** Consent checks go out every ~2 s once a pair is selected (see Ice4jSetup). */
    private void awaitConsentCheck() throws InterruptedException {
        long deadline = System.nanoTime() + CONSENT_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean sent = peers.controlling.getCandidatePairs().stream().anyMatch(p -> p.selected() && p.checks().consentRequestsSent() > 0);
            if (sent) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no consent check within " + CONSENT_WAIT + ": " + peers.controlling.getCandidatePairs());
    }

    private static Map<String, Object> only(List<Map<String, Object>> stats, Predicate<Map<String, Object>> match) {
        List<Map<String, Object>> found = stats.stream().filter(match).toList();
        assertEquals(found.size(), 1, "exactly one match in " + stats);
        return found.get(0);
    }

    private static Map<String, Object> byId(List<Map<String, Object>> stats, String id) {
        return only(stats, s -> s.get("id").equals(id));
    }

    private static void assertUniqueIds(List<Map<String, Object>> stats) {
        assertEquals(stats.stream().map(s -> s.get("id")).distinct().count(), (long) stats.size(), "ids unique: " + stats);
    }
}
