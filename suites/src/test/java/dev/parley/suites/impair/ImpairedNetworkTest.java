package dev.parley.suites.impair;

import static org.testng.Assert.assertTrue;

import dev.parley.harness.call.Call;
import dev.parley.harness.impair.ForwarderStats;
import dev.parley.harness.impair.ImpairedPath;
import dev.parley.harness.impair.Impairment;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.MessageDigest;
import dev.parley.harness.peer.MessageSpec;
import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerEvent;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import io.qameta.allure.Allure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.testng.annotations.Test;

/**
 * Calls over an impaired path: every candidate is rewritten to the UDP forwarder, which delays and
 * loses packets (this kernel has no netem), so ICE, DTLS and SCTP all run over the impaired path.
 */
public class ImpairedNetworkTest extends PairTest {
    private static final Duration OPEN = Duration.ofSeconds(30);
    private static final Duration RTT_MEASURED = Duration.ofSeconds(15);

    @Test(dataProvider = "pairs", description = "webrtc-stats: RTCIceCandidatePairStats.currentRoundTripTime "
            + "reflects the path: 50 ms each way is a round trip of about 100 ms")
    public void fiftyMillisecondsEachWayShowAsARoundTripOfAboutOneHundred(Pairing pairing) throws Exception {
        try (ImpairedPath path = ImpairedPath.start(Impairment.parse("delay=50ms"))) {
            Allure.parameter("impairment", path.impairment().toString());
            inCall(pairing, "impair: delay 50 ms each way", call -> {
                call.transform(path);
                String local = call.offerer().createDataChannel("delayed", DataChannelInit.DEFAULT);
                call.negotiate();
                awaitOpen(call, call.offerer(), local);
                String remote = awaitRemote(call, call.answerer(), "delayed");
                MessageDigest sent = call.offerer().send(local, MessageSpec.text(1000, 1));
                awaitDelivered(call, call.answerer(), remote, List.of(sent));
                List<Double> rtts = new ArrayList<>();
                for (Peer peer : List.of(call.offerer(), call.answerer())) {
                    Double rtt = awaitMeasuredRtt(call, peer);
                    Allure.parameter(peer.kind() + " currentRoundTripTime", String.valueOf(rtt));
                    if (rtt != null) {
                        rtts.add(rtt);
                        assertTrue(rtt >= 0.095 && rtt < 0.2, peer.kind() + " currentRoundTripTime " + rtt + " s");
                    }
                }
                assertTrue(!rtts.isEmpty(), "neither peer reports currentRoundTripTime for its selected pair");
                assertThroughForwarder(path.forwarder().stats());
            });
        }
    }

    @Test(dataProvider = "pairs", description = "RFC 8831: a reliable, ordered data channel delivers every "
            + "message intact and in order over a path that loses 10% of the packets")
    public void aReliableChannelDeliversEverythingInOrderAtTenPercentLoss(Pairing pairing) throws Exception {
        try (ImpairedPath path = ImpairedPath.start(Impairment.parse("loss=10%,delay=10ms,seed=5"))) {
            Allure.parameter("impairment", path.impairment().toString());
            inCall(pairing, "impair: 10% loss", call -> {
                call.transform(path);
                String local = call.offerer().createDataChannel("lossy", DataChannelInit.DEFAULT);
                call.negotiate();
                awaitOpen(call, call.offerer(), local);
                String remote = awaitRemote(call, call.answerer(), "lossy");
                List<MessageDigest> sent = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    sent.add(call.offerer().send(local, MessageSpec.binary(16 * 1024, i)));
                }
                awaitDelivered(call, call.answerer(), remote, sent);
                ForwarderStats stats = path.forwarder().stats();
                Allure.parameter("forwarder", stats.toString());
                assertThroughForwarder(stats);
                assertTrue(stats.towardsB().lost() > 0, "the path lost nothing: " + stats);
            });
        }
    }

    @Test(dataProvider = "pairs", description = "A data channel over an 8 Mbit/s path is held to that rate: "
            + "2 MiB take at least 2 s")
    public void anEightMegabitPathCarriesTwoMebibytesInNoLessThanTwoSeconds(Pairing pairing) throws Exception {
        try (ImpairedPath path = ImpairedPath.start(Impairment.parse("rate=8mbit,delay=5ms"))) {
            Allure.parameter("impairment", path.impairment().toString());
            inCall(pairing, "impair: 8 Mbit/s", call -> {
                call.transform(path);
                String local = call.offerer().createDataChannel("limited", DataChannelInit.DEFAULT);
                call.negotiate();
                awaitOpen(call, call.offerer(), local);
                String remote = awaitRemote(call, call.answerer(), "limited");
                long start = System.nanoTime();
                List<MessageDigest> sent = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    sent.add(call.offerer().send(local, MessageSpec.binary(64 * 1024, i)));
                }
                awaitDelivered(call, call.answerer(), remote, sent);
                double seconds = (System.nanoTime() - start) / 1e9;
                Allure.parameter("2 MiB took (s)", String.format("%.2f", seconds));
                // 2,097,152 payload bytes at 1,000,000 B/s, before any header: 2.1 s.
                assertTrue(seconds >= 2.0, "2 MiB took only " + seconds + " s at 8 Mbit/s");
                assertThroughForwarder(path.forwarder().stats());
            });
        }
    }

    private static void assertThroughForwarder(ForwarderStats stats) {
        assertTrue(stats.towardsA().sent() > 10 && stats.towardsB().sent() > 10,
                "too few packets took the forwarder: " + stats);
    }

    /**
     * The selected pair's currentRoundTripTime once it is measured: Firefox reports 0 until a STUN
     * consent check answered after connecting (they run every few seconds); null if never reported.
     */
    private static Double awaitMeasuredRtt(Call call, Peer peer) {
        Double[] rtt = new Double[1];
        call.await(peer.kind() + " currentRoundTripTime measured", RTT_MEASURED, () -> {
            rtt[0] = selectedPairRtt(peer);
            return rtt[0] == null || rtt[0] > 0 ? null : "currentRoundTripTime " + rtt[0];
        });
        return rtt[0];
    }

    /** currentRoundTripTime (s) of the candidate pair the transport selected, or null if not reported. */
    private static Double selectedPairRtt(Peer peer) {
        List<Map<String, Object>> stats = peer.getStats();
        String selected = stats.stream().filter(s -> "transport".equals(s.get("type")))
                .map(s -> (String) s.get("selectedCandidatePairId")).filter(Objects::nonNull).findFirst().orElse(null);
        for (Map<String, Object> s : stats) {
            boolean pair = "candidate-pair".equals(s.get("type"));
            boolean chosen = selected != null ? selected.equals(s.get("id"))
                    : Boolean.TRUE.equals(s.get("nominated")) && "succeeded".equals(s.get("state"));
            if (pair && chosen && s.get("currentRoundTripTime") instanceof Number rtt) {
                return rtt.doubleValue();
            }
        }
        return null;
    }

    private static void awaitOpen(Call call, Peer peer, String handle) {
        call.await(peer.kind() + " channel " + handle + " open", OPEN, () -> {
            String state = peer.dataChannel(handle).readyState();
            return "open".equals(state) ? null : "readyState " + state;
        });
    }

    private static String awaitRemote(Call call, Peer peer, String label) {
        String[] found = new String[1];
        call.await(peer.kind() + " datachannel '" + label + "'", OPEN, () -> {
            for (PeerEvent e : peer.events()) {
                if (e.type().equals("datachannel") && label.equals(e.detail())) {
                    found[0] = e.value();
                    return null;
                }
            }
            return "no datachannel event yet";
        });
        return found[0];
    }

    private static void awaitDelivered(Call call, Peer receiver, String handle, List<MessageDigest> sent) {
        call.await(sent.size() + " messages on " + receiver.kind(), OPEN, () -> {
            int got = receiver.received(handle).size();
            return got >= sent.size() ? null : got + " of " + sent.size() + " arrived";
        });
        assertTrue(receiver.received(handle).equals(sent), "messages differ from what was sent, or their order");
    }
}
