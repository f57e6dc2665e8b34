package dev.parley.peer.api;

import static dev.parley.peer.api.Promises.await;
import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertSame;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import java.util.List;
import java.util.Map;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

/** getStats(), close(), and the legacy members browsers still have. */
public class StatsCloseAndLegacyTest {

    private RTCPeerConnection pc;

    @BeforeMethod
    public void open() {
        pc = Offline.connection();
    }

    @AfterMethod
    public void close() {
        pc.close();
    }

    @Test(description = "webrtc/RTCPeerConnection-getStats.https.html: getStats() with no argument should return "
            + "stats report containing peer-connection stats on an empty PC")
    public void emptyConnectionReportsPeerConnectionStats() {
        RTCStatsReport report = await(pc.getStats());
        Map<String, Object> stats = report.ofType("peer-connection").get(0);
        assertEquals(stats.get("dataChannelsOpened"), 0);
        assertEquals(stats.get("dataChannelsClosed"), 0);
        assertTrue(stats.get("timestamp") instanceof Double);
    }

    @Test(description = "webrtc/RTCPeerConnection-getStats.https.html: getStats() with track added via addTrack "
            + "should succeed")
    public void trackAddedViaAddTrackHasMediaSourceStats() {
        MediaStreamTrack track = MediaStreamTrack.synthetic("video");
        pc.addTrack(track);
        assertEquals(await(pc.getStats()).ofType("media-source").get(0).get("trackIdentifier"), track.id());
    }

    @Test(description = "webrtc/RTCPeerConnection-getStats.https.html: getStats succeeds on a closed peerconnection")
    public void getStatsWorksAfterClose() {
        pc.close();
        assertEquals(await(pc.getStats()).ofType("certificate").size(), 1);
    }

    @Test(description = "webrtc/RTCPeerConnection-constructor.html: ${attr} initial value [template]")
    public void closeSetsClosedStatesWithoutEvents() {
        EventLog log = new EventLog(pc);
        pc.close();
        assertEquals(pc.signalingState(), RTCSignalingState.CLOSED);
        assertEquals(pc.iceConnectionState(), RTCIceConnectionState.CLOSED);
        assertEquals(pc.connectionState(), RTCPeerConnectionState.CLOSED);
        assertEquals(log.entries(), List.of());
    }

    @Test(description = "webrtc/RTCPeerConnection-transceivers.https.html: Closing the PC stops the transceivers")
    public void closeStopsTransceivers() {
        RTCRtpTransceiver t = pc.addTransceiver("audio");
        pc.close();
        assertEquals(t.currentDirection(), RTCRtpTransceiverDirection.STOPPED);
        assertEquals(pc.getSenders(), List.of());
    }

    @Test(description = "webrtc/RTCPeerConnection-setLocalDescription-parameterless.https.html: Parameterless SLD() "
            + "rejects with InvalidStateError if already closed")
    public void setLocalDescriptionAfterCloseIsAnInvalidStateError() {
        pc.close();
        Promises.assertRejects("InvalidStateError", pc.setLocalDescription());
    }

    @Test(description = "legacy Chrome API (no WPT test; webrtc/historical.html lists it as removed): addStream()")
    @SuppressWarnings("deprecation")
    public void addStreamAddsATrackPerStreamTrack() {
        MediaStream stream = new MediaStream(List.of(MediaStreamTrack.synthetic("audio"),
                MediaStreamTrack.synthetic("video")));
        pc.addStream(stream);
        assertEquals(pc.getSenders().size(), 2);
        assertEquals(pc.getSenders().get(0).associatedStreamIds(), List.of(stream.id()));
        assertEquals(pc.getLocalStreams(), List.of(stream));
    }

    @Test(description = "legacy Chrome API (no WPT test; webrtc/historical.html lists it as removed): removeStream()")
    @SuppressWarnings("deprecation")
    public void removeStreamRemovesItsTracks() {
        MediaStream stream = new MediaStream(List.of(MediaStreamTrack.synthetic("audio")));
        pc.addStream(stream);
        pc.removeStream(stream);
        assertNull(pc.getSenders().get(0).track());
        assertEquals(pc.getLocalStreams(), List.of());
    }

    @Test(description = "legacy Chrome API createDTMFSender() (no WPT test); webrtc-pc section 7.2 insertDTMF() step 4")
    @SuppressWarnings("deprecation")
    public void createDtmfSenderGivesTheSendersDtmfWhichCannotInsertBeforeNegotiation() {
        MediaStreamTrack track = MediaStreamTrack.synthetic("audio");
        RTCRtpSender sender = pc.addTrack(track);
        RTCDTMFSender dtmf = pc.createDTMFSender(track);
        assertSame(dtmf, sender.dtmf());
        assertEquals(expectThrows(DOMException.class, () -> dtmf.insertDTMF("123", 100, 70)).name(),
                "InvalidStateError");
    }

    @Test(description = "legacy Chrome API createDTMFSender() (no WPT test): SyntaxError for a track no sender carries")
    @SuppressWarnings("deprecation")
    public void createDtmfSenderForAnUnsentTrackIsASyntaxError() {
        assertEquals(expectThrows(DOMException.class,
                () -> pc.createDTMFSender(MediaStreamTrack.synthetic("audio"))).name(), "SyntaxError");
    }

    @Test(description = "legacy Chrome addstream event (no WPT test): fires for a new remote stream, before track")
    @SuppressWarnings("deprecation")
    public void remoteStreamFiresAddStream() {
        RTCPeerConnection remote = Offline.connection();
        try {
            MediaStream stream = new MediaStream();
            remote.addTrack(MediaStreamTrack.synthetic("audio"), stream);
            EventLog log = new EventLog(pc);
            await(pc.setRemoteDescription(await(remote.createOffer())));
            assertEquals(log.entries(), List.of("signalingstatechange:have-remote-offer", "addstream", "track"));
        } finally {
            remote.close();
        }
    }
}
