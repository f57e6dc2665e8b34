package dev.parley.peer.dtls;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

import dev.parley.peer.ice.IcePeers;
import dev.parley.peer.ice.IceSettings;
import dev.parley.peer.ice.RTCIceTransportState;
import dev.parley.peer.ice.TestNetwork;

/**
 * ICE then DTLS, java<->java, no RTCPeerConnection: the offerer's side is ICE-controlling and the
 * DTLS server (a=setup:actpass answered by active), as in every browser session of the wire samples.
 */
public class IceDtlsStackTest {

    private static final Logger LOG = LoggerFactory.getLogger(IceDtlsStackTest.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private IcePeers ice;
    private RTCDtlsTransport offererDtls;
    private RTCDtlsTransport answererDtls;
    private RecordingDtlsListener offererEvents;
    private RecordingDtlsListener answererEvents;
    private RTCCertificate offererCertificate;
    private RTCCertificate answererCertificate;

    @BeforeClass
    public void onlyInsideTheTestNetwork() {
        TestNetwork.requireNamespace();
    }

    @AfterMethod(alwaysRun = true)
    public void close() {
        if (offererDtls != null) {
            offererDtls.close();
            answererDtls.close();
            offererDtls = null;
            answererDtls = null;
        }
        if (ice != null) {
            ice.close();
            ice = null;
        }
    }

    private void connectIceAndCreateDtls() throws Exception {
        createIceAndDtls();
        ice.connect();
    }

    private void createIceAndDtls() {
        ice = new IcePeers(IceSettings.DEFAULTS);
        offererCertificate = RTCCertificate.generate();
        answererCertificate = RTCCertificate.generate();
        offererDtls = new RTCDtlsTransport(ice.controlling, List.of(offererCertificate), DtlsSettings.DEFAULTS);
        answererDtls = new RTCDtlsTransport(ice.controlled, List.of(answererCertificate), DtlsSettings.DEFAULTS);
        offererEvents = new RecordingDtlsListener();
        answererEvents = new RecordingDtlsListener();
        offererDtls.addListener(offererEvents);
        answererDtls.addListener(answererEvents);
    }

    @Test
    public void dtlsOverIceConnectsAndCarriesApplicationDataBothWays() throws Exception {
        connectIceAndCreateDtls();

        long started = System.nanoTime();
        offererDtls.start(RTCDtlsRole.SERVER, answererCertificate.getFingerprints());
        answererDtls.start(RTCDtlsRole.CLIENT, offererCertificate.getFingerprints());
        offererEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        answererEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        LOG.info("DTLS handshake over ICE in {} ms", (System.nanoTime() - started) / 1_000_000);

        for (int i = 0; i < 20; i++) {
            answererDtls.send(("to offerer " + i).getBytes(StandardCharsets.UTF_8));
            offererDtls.send(("to answerer " + i).getBytes(StandardCharsets.UTF_8));
        }
        byte[] full = new byte[1188];
        full[0] = 0x13;
        offererDtls.send(full);
        for (int i = 0; i < 20; i++) {
            assertEquals(new String(offererEvents.awaitData(TIMEOUT), StandardCharsets.UTF_8), "to offerer " + i);
            assertEquals(new String(answererEvents.awaitData(TIMEOUT), StandardCharsets.UTF_8), "to answerer " + i);
        }
        assertEquals(answererEvents.awaitData(TIMEOUT), full);
        assertEquals(offererEvents.eventsSnapshot(), List.of("statechange:connecting", "statechange:connected"));
        assertEquals(answererEvents.eventsSnapshot(), List.of("statechange:connecting", "statechange:connected"));
        assertEquals(offererDtls.getIceTransport().orElseThrow(), ice.controlling);
        assertEquals(offererDtls.getSrtpKeyingMaterial().orElseThrow().localKey(),
                answererDtls.getSrtpKeyingMaterial().orElseThrow().remoteKey());
    }

    @Test
    public void dtlsStartedWhileIceIsStillCheckingConnectsOnceIceDoes() throws Exception {
        createIceAndDtls();

        long started = System.nanoTime();
        ice.startWithoutWaiting();
        offererDtls.start(RTCDtlsRole.SERVER, answererCertificate.getFingerprints());
        answererDtls.start(RTCDtlsRole.CLIENT, offererCertificate.getFingerprints());
        offererEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        answererEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        LOG.info("ICE + DTLS started together: both DTLS connected {} ms after ICE start", (System.nanoTime() - started) / 1_000_000);

        answererDtls.send(new byte[] {0x13, 1});
        assertEquals(offererEvents.awaitData(TIMEOUT), new byte[] {0x13, 1});
    }

    @Test
    public void tamperedFingerprintFailsBothEndsAndDeliversNothing() throws Exception {
        connectIceAndCreateDtls();

        offererDtls.start(RTCDtlsRole.SERVER, answererCertificate.getFingerprints());
        answererDtls.start(RTCDtlsRole.CLIENT, RTCDtlsTransportTest.tampered(offererCertificate));
        offererEvents.awaitState(RTCDtlsTransportState.FAILED, TIMEOUT);
        answererEvents.awaitState(RTCDtlsTransportState.FAILED, TIMEOUT);

        assertEquals(answererEvents.eventsSnapshot(),
                List.of("statechange:connecting", "error:fingerprint-failure", "statechange:failed"));
        assertEquals(offererEvents.eventsSnapshot(),
                List.of("statechange:connecting", "error:dtls-failure", "statechange:failed"));
        assertTrue(offererEvents.data.isEmpty() && answererEvents.data.isEmpty(), "nothing delivered");
        assertTrue(answererDtls.getRemoteCertificates().isEmpty());
        assertTrue(ice.controlling.getState().isConnected(), "ICE itself is fine: " + ice.controlling.getState());
    }

    @Test
    public void applicationDataKeepsFlowingAcrossAnIceRestart() throws Exception {
        connectIceAndCreateDtls();
        offererDtls.start(RTCDtlsRole.SERVER, answererCertificate.getFingerprints());
        answererDtls.start(RTCDtlsRole.CLIENT, offererCertificate.getFingerprints());
        answererEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        offererEvents.awaitState(RTCDtlsTransportState.CONNECTED, TIMEOUT);
        int portBefore = ice.controlling.getSelectedCandidatePair().orElseThrow().local().port();

        ice.restart();
        ice.controllingEvents.awaitCount("pair", 2, TIMEOUT);
        ice.controlledEvents.awaitCount("pair", 2, TIMEOUT);
        offererDtls.send("after restart".getBytes(StandardCharsets.UTF_8));
        answererDtls.send("after restart too".getBytes(StandardCharsets.UTF_8));

        assertEquals(new String(answererEvents.awaitData(TIMEOUT), StandardCharsets.UTF_8), "after restart");
        assertEquals(new String(offererEvents.awaitData(TIMEOUT), StandardCharsets.UTF_8), "after restart too");
        assertTrue(ice.controlling.getSelectedCandidatePair().orElseThrow().local().port() != portBefore, "moved to the new pair");
        assertEquals(offererEvents.eventsSnapshot(), List.of("statechange:connecting", "statechange:connected"), "no new handshake");
        assertTrue(ice.controlling.getState().isConnected());
        assertTrue(ice.controlledEvents.statesOnly().stream().noneMatch(s -> s.equals("state:" + RTCIceTransportState.FAILED.specName())));
    }
}
