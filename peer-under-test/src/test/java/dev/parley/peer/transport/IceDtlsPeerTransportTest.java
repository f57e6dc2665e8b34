package dev.parley.peer.transport;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNotNull;

import dev.parley.peer.api.PeerTransport;
import dev.parley.peer.api.RTCConfiguration;
import dev.parley.peer.dtls.RTCCertificate;
import dev.parley.peer.dtls.RTCDtlsTransportState;
import dev.parley.peer.ice.IceParameters;
import dev.parley.peer.ice.RTCIceTransportState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.testng.annotations.Test;

/**
 * The PeerTransport seam on the real transports, without RTCPeerConnection: two transports from the factory,
 * driven the way the connection drives them, carrying SCTP-sized application data once DTLS is up. Run inside
 * the test network.
 */
public class IceDtlsPeerTransportTest {

    private static final RTCConfiguration DEFAULTS = RTCConfiguration.defaults();

    /** Everything one transport reports, in order. */
    static final class Reports implements PeerTransport.Listener {
        final BlockingQueue<String> candidates = new LinkedBlockingQueue<>();
        final List<String> states = new CopyOnWriteArrayList<>();
        final BlockingQueue<byte[]> data = new LinkedBlockingQueue<>();

        @Override
        public void onLocalCandidate(String candidate, String serverUrl) {
            candidates.add(candidate);
        }

        @Override
        public void onGatheringComplete() {
            candidates.add("");
        }

        @Override
        public void onIceTransportStateChange(RTCIceTransportState state) {
            states.add("ice:" + state.specName());
        }

        @Override
        public void onDtlsTransportStateChange(RTCDtlsTransportState state) {
            states.add("dtls:" + state.specName());
        }

        @Override
        public void onApplicationData(byte[] packet) {
            data.add(packet);
        }
    }

    @Test(description = "RFC 8261 section 5: SCTP packets travel as DTLS application data over the ICE-selected pair")
    public void applicationDataCrossesOnceDtlsIsConnectedAndCloseReportsNothing() throws Exception {
        IceDtlsTransportFactory factory = new IceDtlsTransportFactory();
        RTCCertificate certA = RTCCertificate.generate();
        RTCCertificate certB = RTCCertificate.generate();
        Reports reportsA = new Reports();
        Reports reportsB = new Reports();
        PeerTransport a = factory.create(DEFAULTS, certA, reportsA).orElseThrow();
        PeerTransport b = factory.create(DEFAULTS, certB, reportsB).orElseThrow();
        try {
            IceParameters iceA = IceParameters.random();
            IceParameters iceB = IceParameters.random();
            a.startGathering(iceA, DEFAULTS);
            b.startGathering(iceB, DEFAULTS);
            a.start(iceB, certB.getFingerprints(), true, false);
            b.start(iceA, certA.getFingerprints(), false, true);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (!(reportsA.states.contains("dtls:connected") && reportsB.states.contains("dtls:connected"))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not connected: " + reportsA.states + " / " + reportsB.states);
                }
                trickle(reportsA, b);
                trickle(reportsB, a);
                Thread.sleep(10);
            }
            a.sendApplicationData("hello over DTLS".getBytes(StandardCharsets.US_ASCII));
            byte[] received = reportsB.data.poll(5, TimeUnit.SECONDS);
            assertNotNull(received, "no application data arrived");
            assertEquals(new String(received, StandardCharsets.US_ASCII), "hello over DTLS");
            assertEquals(reportsA.states.subList(0, 3), List.of("ice:checking", "dtls:connecting", "ice:connected"),
                    "DTLS starts right after ICE reports checking");
        } finally {
            int before = reportsA.states.size();
            a.close();
            b.close();
            Thread.sleep(100);
            assertEquals(reportsA.states.size(), before, "close() reports no closed states: " + reportsA.states);
        }
    }

    private static void trickle(Reports from, PeerTransport to) {
        for (String candidate = from.candidates.poll(); candidate != null; candidate = from.candidates.poll()) {
            to.addRemoteCandidate(candidate);
        }
    }
}
