package dev.parley.peer.dtls;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import org.testng.annotations.AfterMethod;
import org.testng.annotations.Test;

/** RTCDtlsTransport against itself over an in-memory link: no ICE, no sockets. */
public class RTCDtlsTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int BAD_CERTIFICATE = 42;

    private final List<RTCDtlsTransport> opened = new ArrayList<>();

    @AfterMethod(alwaysRun = true)
    public void closeTransports() {
        opened.forEach(RTCDtlsTransport::close);
        opened.clear();
    }

    @Test
    public void clientAndServerConnectAndExchangeApplicationDataBothWays() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), DtlsSettings.DEFAULTS);

        pair.startMatching();
        pair.clientEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        pair.serverEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        pair.client.send("ping".getBytes(StandardCharsets.UTF_8));
        pair.server.send("pong".getBytes(StandardCharsets.UTF_8));

        assertEquals(new String(pair.serverEvents.awaitData(TIMEOUT), StandardCharsets.UTF_8), "ping");
        assertEquals(new String(pair.clientEvents.awaitData(TIMEOUT), StandardCharsets.UTF_8), "pong");
        assertEquals(pair.clientEvents.eventsSnapshot(), List.of("statechange:connecting", "statechange:connected"));
        assertEquals(pair.serverEvents.eventsSnapshot(), List.of("statechange:connecting", "statechange:connected"));
        assertEquals(pair.client.getRemoteCertificates().get(0), pair.serverCertificate.getDerEncoded());
        assertEquals(pair.server.getRemoteCertificates().get(0), pair.clientCertificate.getDerEncoded());
        DtlsSessionInfo session = pair.client.getSessionInfo().orElseThrow();
        assertEquals(session.tlsVersion(), "FEFD");
        assertEquals(session.dtlsCipher(), "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
    }

    @Test
    public void bothEndsExportMirroredSrtpKeysForTheServersPreferredProfile() throws Exception {
        DtlsSettings clientPrefersCm = DtlsSettings.DEFAULTS.withSrtpProfiles(List.of(
                SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80, SrtpProtectionProfile.SRTP_AEAD_AES_128_GCM));
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), clientPrefersCm, DtlsSettings.DEFAULTS);

        pair.startMatching();
        pair.awaitBothConnected();

        SrtpKeyingMaterial client = pair.client.getSrtpKeyingMaterial().orElseThrow();
        SrtpKeyingMaterial server = pair.server.getSrtpKeyingMaterial().orElseThrow();
        assertEquals(client.profile(), SrtpProtectionProfile.SRTP_AEAD_AES_128_GCM, "the server's preference wins");
        assertEquals(server.profile(), SrtpProtectionProfile.SRTP_AEAD_AES_128_GCM);
        assertEquals(client.localKey(), server.remoteKey());
        assertEquals(client.localSalt(), server.remoteSalt());
        assertEquals(client.remoteKey(), server.localKey());
        assertEquals(client.localKey().length, 16);
        assertEquals(client.localSalt().length, 12);
        assertFalse(java.util.Arrays.equals(client.localKey(), client.remoteKey()));
    }

    @Test
    public void chromeLikeClientGetsAesCmFromAServerPreferringIt() throws Exception {
        DtlsSettings chromeOffer = DtlsSettings.DEFAULTS.withSrtpProfiles(List.of(
                SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80, SrtpProtectionProfile.SRTP_AEAD_AES_256_GCM,
                SrtpProtectionProfile.SRTP_AEAD_AES_128_GCM));
        DtlsSettings cmServer = DtlsSettings.DEFAULTS.withSrtpProfiles(List.of(SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80));
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), chromeOffer, cmServer);

        pair.startMatching();
        pair.awaitBothConnected();

        SrtpKeyingMaterial keys = pair.client.getSrtpKeyingMaterial().orElseThrow();
        assertEquals(keys.profile(), SrtpProtectionProfile.SRTP_AES128_CM_HMAC_SHA1_80);
        assertEquals(keys.localKey().length + keys.localSalt().length, 30, "60 bytes exported in all");
    }

    @Test
    public void noCommonSrtpProfileStillConnectsWithoutKeys() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(),
                DtlsSettings.DEFAULTS.withSrtpProfiles(List.of()), DtlsSettings.DEFAULTS);

        pair.startMatching();
        pair.awaitBothConnected();

        assertTrue(pair.client.getSrtpKeyingMaterial().isEmpty());
        assertTrue(pair.server.getSrtpKeyingMaterial().isEmpty());
    }

    @Test
    public void rsaCertificatesOnBothSidesConnect() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(CertificateKeyAlgorithm.rsa2048()),
                RTCCertificate.generate(CertificateKeyAlgorithm.rsa2048()), DtlsSettings.DEFAULTS);

        pair.startMatching();
        pair.awaitBothConnected();

        assertEquals(pair.client.getSessionInfo().orElseThrow().dtlsCipher(), "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    }

    @Test
    public void ecdsaClientConnectsToRsaServer() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(CertificateKeyAlgorithm.rsa2048()), DtlsSettings.DEFAULTS);

        pair.startMatching();
        pair.awaitBothConnected();

        assertEquals(pair.server.getRemoteCertificates().get(0), pair.clientCertificate.getDerEncoded());
    }

    @Test
    public void serverCertificateNotMatchingTheFingerprintFailsTheClientAndDeliversNothing() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), DtlsSettings.DEFAULTS);

        pair.server.start(RTCDtlsRole.SERVER, pair.clientCertificate.getFingerprints());
        pair.client.start(RTCDtlsRole.CLIENT, tampered(pair.serverCertificate));
        pair.clientEvents.awaitState(RTCDtlsTransportState.FAILED, TIMEOUT);
        pair.serverEvents.awaitState(RTCDtlsTransportState.FAILED, TIMEOUT);

        assertEquals(pair.clientEvents.eventsSnapshot(),
                List.of("statechange:connecting", "error:fingerprint-failure", "statechange:failed"));
        assertEquals(pair.clientEvents.errors.get(0).sentAlert(), OptionalInt.of(BAD_CERTIFICATE));
        assertEquals(pair.serverEvents.eventsSnapshot(),
                List.of("statechange:connecting", "error:dtls-failure", "statechange:failed"));
        assertEquals(pair.serverEvents.errors.get(0).receivedAlert(), OptionalInt.of(BAD_CERTIFICATE));
        assertTrue(pair.client.getRemoteCertificates().isEmpty());
        assertThrows(IOException.class, () -> pair.server.send(new byte[] {1}));
        assertTrue(pair.clientEvents.data.isEmpty() && pair.serverEvents.data.isEmpty());
    }

    @Test
    public void clientCertificateNotMatchingTheFingerprintFailsTheServer() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), DtlsSettings.DEFAULTS);

        pair.server.start(RTCDtlsRole.SERVER, tampered(pair.clientCertificate));
        pair.client.start(RTCDtlsRole.CLIENT, pair.serverCertificate.getFingerprints());
        pair.serverEvents.awaitState(RTCDtlsTransportState.FAILED, TIMEOUT);
        pair.clientEvents.awaitState(RTCDtlsTransportState.FAILED, TIMEOUT);

        assertEquals(pair.serverEvents.eventsSnapshot(),
                List.of("statechange:connecting", "error:fingerprint-failure", "statechange:failed"));
        assertFalse(pair.clientEvents.eventsSnapshot().contains("statechange:connected"));
    }

    @Test
    public void closeSendsCloseNotifyAndThePeerCloses() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), DtlsSettings.DEFAULTS);
        pair.startMatching();
        pair.awaitBothConnected();

        pair.client.close();
        pair.serverEvents.awaitState(RTCDtlsTransportState.CLOSED, TIMEOUT);
        pair.clientEvents.awaitState(RTCDtlsTransportState.CLOSED, TIMEOUT);

        assertEquals(pair.serverEvents.eventsSnapshot(),
                List.of("statechange:connecting", "statechange:connected", "statechange:closed"));
        assertEquals(pair.client.getState(), RTCDtlsTransportState.CLOSED);
        assertThrows(IOException.class, () -> pair.client.send(new byte[] {1}));
    }

    @Test
    public void handshakeSurvivesALostFirstFlight() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), DtlsSettings.DEFAULTS);
        AtomicInteger serverDatagrams = new AtomicInteger();
        pair.serverLink.dropOutgoingWhen(datagram -> serverDatagrams.incrementAndGet() == 1);

        pair.startMatching();
        pair.awaitBothConnected();

        assertTrue(pair.serverLink.sent.size() > serverDatagrams.get() - 1);
        assertTrue(serverDatagrams.get() >= 2, "the server resent its flight");
    }

    @Test
    public void clientHelloArrivingBeforeTheServerStartsIsKept() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), DtlsSettings.DEFAULTS);

        pair.client.start(RTCDtlsRole.CLIENT, pair.serverCertificate.getFingerprints());
        Thread.sleep(100);
        pair.server.start(RTCDtlsRole.SERVER, pair.clientCertificate.getFingerprints());
        pair.awaitBothConnected();
    }

    @Test
    public void handshakeWithNobodyAnsweringFailsAfterTheTimeout() throws Exception {
        RTCDtlsTransport client = track(new RTCDtlsTransport(InMemoryPacketTransport.unconnected(),
                List.of(RTCCertificate.generate()), DtlsSettings.DEFAULTS.withHandshakeTimeout(Duration.ofMillis(700))));
        RecordingDtlsListener events = new RecordingDtlsListener();
        client.addListener(events);

        client.start(RTCDtlsRole.CLIENT, RTCCertificate.generate().getFingerprints());
        events.awaitState(RTCDtlsTransportState.FAILED, TIMEOUT);

        assertEquals(events.eventsSnapshot(), List.of("statechange:connecting", "error:dtls-failure", "statechange:failed"));
    }

    @Test
    public void closeDuringTheHandshakeEndsClosed() throws Exception {
        RTCDtlsTransport client = track(new RTCDtlsTransport(InMemoryPacketTransport.unconnected(),
                List.of(RTCCertificate.generate()), DtlsSettings.DEFAULTS));
        RecordingDtlsListener events = new RecordingDtlsListener();
        client.addListener(events);

        client.start(RTCDtlsRole.CLIENT, RTCCertificate.generate().getFingerprints());
        client.close();
        events.awaitState(RTCDtlsTransportState.CLOSED, TIMEOUT);
        Thread.sleep(300);

        assertEquals(events.eventsSnapshot(), List.of("statechange:connecting", "statechange:closed"));
    }

    @Test
    public void startTwiceIsRefused() {
        RTCDtlsTransport transport = track(new RTCDtlsTransport(InMemoryPacketTransport.unconnected(),
                List.of(RTCCertificate.generate()), DtlsSettings.DEFAULTS));
        List<RTCDtlsFingerprint> fingerprints = RTCCertificate.generate().getFingerprints();
        transport.start(RTCDtlsRole.CLIENT, fingerprints);

        assertThrows(IllegalStateException.class, () -> transport.start(RTCDtlsRole.CLIENT, fingerprints));
    }

    @Test
    public void largeRecordsUpToTheLimitArriveWhole() throws Exception {
        Pair pair = new Pair(RTCCertificate.generate(), RTCCertificate.generate(), DtlsSettings.DEFAULTS);
        pair.startMatching();
        pair.awaitBothConnected();
        int max = pair.client.getMaxApplicationDataSize();
        byte[] sctpSized = new byte[max];
        new java.util.Random(7).nextBytes(sctpSized);

        pair.client.send(sctpSized);

        assertTrue(max >= 1188, "room for the browsers' largest SCTP packet, got " + max);
        assertEquals(pair.serverEvents.awaitData(TIMEOUT), sctpSized);
        assertThrows(IOException.class, () -> pair.client.send(new byte[max + 1]));
    }

    static List<RTCDtlsFingerprint> tampered(RTCCertificate certificate) {
        RTCDtlsFingerprint real = certificate.getFingerprints().get(0);
        char first = real.value().charAt(0);
        String value = (first == 'A' ? 'B' : 'A') + real.value().substring(1);
        return List.of(new RTCDtlsFingerprint(real.algorithm(), value));
    }

    private RTCDtlsTransport track(RTCDtlsTransport transport) {
        opened.add(transport);
        return transport;
    }

    /** A client and a server wired back to back. */
    private final class Pair {
        final RTCCertificate clientCertificate;
        final RTCCertificate serverCertificate;
        final InMemoryPacketTransport clientLink;
        final InMemoryPacketTransport serverLink;
        final RTCDtlsTransport client;
        final RTCDtlsTransport server;
        final RecordingDtlsListener clientEvents = new RecordingDtlsListener();
        final RecordingDtlsListener serverEvents = new RecordingDtlsListener();

        Pair(RTCCertificate clientCertificate, RTCCertificate serverCertificate, DtlsSettings settings) {
            this(clientCertificate, serverCertificate, settings, settings);
        }

        Pair(RTCCertificate clientCertificate, RTCCertificate serverCertificate, DtlsSettings clientSettings, DtlsSettings serverSettings) {
            this.clientCertificate = clientCertificate;
            this.serverCertificate = serverCertificate;
            InMemoryPacketTransport[] link = InMemoryPacketTransport.pair();
            clientLink = link[0];
            serverLink = link[1];
            client = track(new RTCDtlsTransport(clientLink, List.of(clientCertificate), clientSettings));
            server = track(new RTCDtlsTransport(serverLink, List.of(serverCertificate), serverSettings));
            client.addListener(clientEvents);
            server.addListener(serverEvents);
        }

        void startMatching() {
            server.start(RTCDtlsRole.SERVER, clientCertificate.getFingerprints());
            client.start(RTCDtlsRole.CLIENT, serverCertificate.getFingerprints());
        }

        void awaitBothConnected() throws InterruptedException {
            clientEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
            serverEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        }
    }
}
