package dev.parley.suites.ice;

import dev.parley.harness.peer.Peer;
import dev.parley.harness.peer.PeerConfiguration;
import dev.parley.peer.ice.TurnServer;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.testng.annotations.Test;

/** iceTransportPolicy "relay": both peers connect through a real TURN server (coturn) in the test network. */
public class RelayOnlyTest extends PairTest {
    static final Duration CONNECT = Duration.ofSeconds(30);

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-iceConnectionState.https.html: "
            + "connection with one data channel should eventually have connected connection state")
    public void withPolicyRelayBothPeersConnectThroughTheTurnServer(Pairing pairing) throws Exception {
        try (TurnServer turn = TurnServer.onTestNetwork().start()) {
            PeerConfiguration relayOnly = PeerConfiguration.defaults().withIceServers(List.of(new PeerConfiguration.IceServer(
                    List.of("turn:10.213.0.1:3478?transport=udp"), TurnServer.USERNAME, TurnServer.PASSWORD)), "relay");
            inCall(pairing, "ice: relay-only through TURN (coturn)", relayOnly, call -> {
                call.offerer().createDataChannel("relayed", dev.parley.harness.peer.DataChannelInit.DEFAULT);
                call.negotiate();
                call.awaitConnectionState("connected", CONNECT);
                for (Peer peer : List.of(call.offerer(), call.answerer())) {
                    String type = selectedLocalCandidateType(peer);
                    if (!"relay".equals(type)) {
                        throw new AssertionError(peer.kind() + " selected a local candidate of type " + type
                                + " although iceTransportPolicy is relay");
                    }
                }
            });
        }
    }

    /** The candidateType of the local candidate of the selected (nominated, succeeded) pair in getStats. */
    static String selectedLocalCandidateType(Peer peer) {
        List<Map<String, Object>> stats = peer.getStats();
        String pairId = stats.stream().filter(s -> "transport".equals(s.get("type")))
                .map(s -> (String) s.get("selectedCandidatePairId")).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> stats.stream().filter(s -> "candidate-pair".equals(s.get("type"))
                                && Boolean.TRUE.equals(s.get("nominated")) && "succeeded".equals(s.get("state")))
                        .map(s -> (String) s.get("id")).findFirst().orElse(null));
        if (pairId == null) {
            return "(no selected candidate pair in getStats)";
        }
        String localId = stats.stream().filter(s -> pairId.equals(s.get("id"))).map(s -> (String) s.get("localCandidateId"))
                .findFirst().orElse(null);
        return stats.stream().filter(s -> Objects.equals(localId, s.get("id"))).map(s -> String.valueOf(s.get("candidateType")))
                .findFirst().orElse("(local candidate " + localId + " missing from getStats)");
    }
}
