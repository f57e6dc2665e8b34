package dev.parley.suites.connection;

import static dev.parley.suites.support.Expect.sequence;
import static dev.parley.suites.support.Expect.state;

import dev.parley.harness.call.Timeline;
import dev.parley.harness.peer.DataChannelInit;
import dev.parley.harness.peer.Peer;
import dev.parley.suites.support.PairTest;
import dev.parley.suites.support.Pairing;
import java.time.Duration;
import java.util.List;
import org.testng.annotations.Test;

/** RTCPeerConnection.connectionState and close(). */
public class ConnectionStateTest extends PairTest {
    static final Duration CONNECT = Duration.ofSeconds(20);

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-connectionState.https.html: "
            + "connectionState transitions to connected via connecting")
    public void connectionStateGoesFromNewThroughConnectingToConnected(Pairing pairing) throws Exception {
        inCall(pairing, "connection: new -> connecting -> connected", call -> {
            state("offerer connectionState before negotiation", "new", call.offerer().connectionState());
            state("answerer connectionState before negotiation", "new", call.answerer().connectionState());
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", CONNECT);
            sequence(call.offerer(), "offerer", "connectionstatechange", List.of("connecting", "connected"));
            sequence(call.answerer(), "answerer", "connectionstatechange", List.of("connecting", "connected"));
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCPeerConnection-connectionState.https.html: "
            + "Closing a PeerConnection should not fire connectionstatechange event")
    public void closeSetsConnectionStateClosedWithoutFiringAnEvent(Pairing pairing) throws Exception {
        inCall(pairing, "connection: close() -> closed on the closing side", call -> {
            call.offerer().createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", CONNECT);
            long before = Timeline.count(call.offerer().events(), "connectionstatechange");
            call.offerer().closeConnection();
            state("connectionState after close()", "closed", call.offerer().connectionState());
            state("signalingState after close()", "closed", call.offerer().signalingState());
            state("iceConnectionState after close()", "closed", call.offerer().iceConnectionState());
            long after = Timeline.count(call.offerer().events(), "connectionstatechange");
            if (after != before) {
                throw new AssertionError("close() fired " + (after - before) + " connectionstatechange event(s); the spec fires none");
            }
        });
    }

    @Test(dataProvider = "pairs", description = "webrtc/RTCDataChannel-close.html: "
            + "Close peerconnection causes close event and error to be called on ${mode}")
    public void theRemoteSideNoticesTheClose(Pairing pairing) throws Exception {
        inCall(pairing, "connection: the remote side notices close()", call -> {
            Peer offerer = call.offerer();
            Peer answerer = call.answerer();
            offerer.createDataChannel("chat", DataChannelInit.DEFAULT);
            call.negotiate();
            call.awaitConnectionState("connected", CONNECT);
            call.await("answerer's channel open", CONNECT, () ->
                    Timeline.values(answerer.events(), "open").isEmpty() ? "no open event yet" : null);
            offerer.closeConnection();
            // The SCTP association ends with the closing side's ABORT or DTLS close_notify: the
            // remote's channel closes, and its transport leaves connected.
            call.await("the answerer's channel to close after the offerer's close()", CONNECT, () -> {
                List<String> closes = Timeline.values(answerer.events(), "close");
                return closes.isEmpty() ? "answerer channel still " + answerer.dataChannel(answerer.dataChannels().get(0)).readyState()
                        + ", connectionState " + answerer.connectionState() : null;
            });
        });
    }
}
