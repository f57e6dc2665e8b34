package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.testng.annotations.BeforeClass;
import org.testng.annotations.Test;

/** Gathering with iceServers, inside the test network: a STUN server that answers, and one that does not. */
public class IceServersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @BeforeClass
    public void onlyInsideTheTestNetwork() {
        TestNetwork.requireNamespace();
    }

    @Test
    public void stunServerAnsweringGivesAServerReflexiveCandidate() throws Exception {
        InetAddress veth = InetAddress.getByName("10.213.0.1");
        try (FakeStunServer stun = new FakeStunServer(veth, InetAddress.getByName("10.213.0.99"), 40000);
                RTCIceTransport transport = new RTCIceTransport(IceSettings.DEFAULTS)) {
            RecordingIceListener events = new RecordingIceListener();
            transport.addListener(events);

            transport.gather(IceParameters.random(), List.of(IceServerConfig.stun(stun.url()))).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            events.await("gathering:complete", TIMEOUT);

            IceCandidateInfo srflx = events.candidates.stream().filter(c -> c.type() == RTCIceCandidateType.SRFLX)
                    .findFirst().orElseThrow(() -> new AssertionError("no srflx candidate in " + events.candidates));
            assertEquals(srflx.address(), "10.213.0.99");
            assertEquals(srflx.port(), 40000);
            assertEquals(srflx.relatedAddress(), Optional.of("10.213.0.1"));
            assertTrue(events.errors.isEmpty(), "no icecandidateerror: " + events.errors);
            assertTrue(stun.requests() >= 1);
        }
    }

    @Test
    public void stunServerNotAnsweringFiresIceCandidateErrorThenCompletes() throws Exception {
        String url;
        try (DatagramSocket reserved = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("10.213.0.1"), 0))) {
            // A port on the test network that nobody answers on: closed again before gathering.
            url = "stun:10.213.0.1:" + reserved.getLocalPort();
        }
        try (RTCIceTransport transport = new RTCIceTransport(IceSettings.DEFAULTS)) {
            RecordingIceListener events = new RecordingIceListener();
            transport.addListener(events);

            transport.gather(IceParameters.random(), List.of(IceServerConfig.stun(url))).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            events.await("gathering:complete", TIMEOUT);

            assertEquals(events.errors.size(), 1, "errors " + events.errors);
            IceCandidateError error = events.errors.get(0);
            assertEquals(error.errorCode(), IceCandidateError.SERVER_UNREACHABLE);
            assertEquals(error.url(), url);
            assertEquals(error.address(), Optional.of("10.213.0.1"));
            List<String> tail = events.events.subList(events.events.size() - 3, events.events.size());
            assertEquals(tail, List.of("error:701", "end-of-candidates", "gathering:complete"));
            assertTrue(events.candidates.stream().allMatch(c -> c.type() == RTCIceCandidateType.HOST));
        }
    }
}
