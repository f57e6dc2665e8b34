package dev.parley.peer.datachannel;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.SctpOptions;
import dev.parley.peer.sctp.SctpSamples;
import dev.parley.peer.sctp.association.SctpAssociation;
import dev.parley.peer.sctp.packet.InitChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * The capture page's session, from the browser that created the channels (the offerer), replayed into
 * Parley's data channel layer: both channels announced with the browser's DCEP parameters, every
 * message typed by its PPID (empty ones included), the browser's closes seen as closing, and its
 * pc.close() ABORT closing everything.
 */
public class DataChannelReplayTest {

    @DataProvider
    public Object[][] offerers() {
        return new Object[][] {
            {"chrome", "s1-chrome-offers-firefox-av--offerer-chrome-log", 'O', false, 256},
            {"firefox (dcSCTP)", "s2-firefox-offers-chrome--answerer-chrome-log", 'I', false, 0},
            {"firefox (usrsctp, I-DATA)", "s3-firefox-usrsctp-offers-firefox--offerer-firefox-usrsctp-log", 'O', true, 0},
        };
    }

    @Test(dataProvider = "offerers")
    public void theOfferersChannelsAndMessagesArriveAsTheW3cApiExpects(String who, String log, char dir,
                                                                      boolean interleaved, int priority)
            throws Exception {
        // the answerer is the DTLS client (a=setup:active): even ids for its own channels
        DataChannelEndpoint ours = new DataChannelEndpoint(new SctpAssociation(
                SctpOptions.builder().enableMessageInterleaving(interleaved).build(), new Random(3), "parley"), true);
        ours.connect(0);
        int ourTag = ((InitChunk) SctpPacket.parse(ours.pollPacket()).chunks().get(0)).initiateTag();
        List<DataChannelEvent> events = new ArrayList<>();
        long now = 0;
        for (SctpSamples.CapturedPacket p : SctpSamples.sentBy(log, dir)) {
            now += 5;
            ours.handleTimeout(now);
            ours.handlePacket(SctpSamples.retagged(p.bytes(), ourTag), now);
            while (ours.pollPacket() != null) {
                // our answers go nowhere: the browser's side of the exchange is fixed by the capture
            }
            for (DataChannelEvent e; (e = ours.pollEvent()) != null; ) {
                events.add(e);
            }
        }
        assertTrue(events.get(0) instanceof DataChannelEvent.TransportConnected, who + " " + events);
        List<DataChannelEvent.ChannelOpened> opened = events.stream()
                .filter(DataChannelEvent.ChannelOpened.class::isInstance).map(DataChannelEvent.ChannelOpened.class::cast)
                .toList();
        assertEquals(opened.size(), 2, who);
        DataChannelEvent.ChannelOpened main = opened.stream().filter(o -> o.parameters().label().equals("main"))
                .findFirst().orElseThrow();
        DataChannelEvent.ChannelOpened unrel = opened.stream().filter(o -> o.parameters().label().equals("unrel"))
                .findFirst().orElseThrow();
        assertTrue(main.announcedByPeer());
        assertEquals(main.parameters(), new DataChannelParameters("main", "", true, null, null, false,
                main.streamId(), priority));
        assertEquals(unrel.parameters(), new DataChannelParameters("unrel", "x-test", false, 0, null, false,
                unrel.streamId(), priority));
        assertEquals(main.streamId() % 2, 1, "the offerer is the DTLS server: odd ids");

        // text 1 B, 1000 B, 70000 B; binary 1 B, 1000 B, 70000 B; empty string; empty binary on "main",
        // then 20 bytes of text on "unrel"
        List<String> got = events.stream().filter(DataChannelEvent.MessageReceived.class::isInstance)
                .map(DataChannelEvent.MessageReceived.class::cast)
                .map(m -> (m.streamId() == main.streamId() ? "main" : "unrel") + ":" + (m.binary() ? "bin" : "text")
                        + ":" + m.data().length)
                .toList();
        assertEquals(got, List.of("main:text:1", "main:text:1000", "main:text:70000", "main:bin:1", "main:bin:1000",
                "main:bin:70000", "main:text:0", "main:bin:0", "unrel:text:20"), who);

        List<String> lifecycle = events.stream().filter(e -> e instanceof DataChannelEvent.ChannelClosing
                || e instanceof DataChannelEvent.ChannelClosed || e instanceof DataChannelEvent.TransportClosed)
                .map(e -> e.getClass().getSimpleName()).toList();
        // the offerer closes both channels (each answered by our own reset request, which the capture
        // cannot acknowledge), then its pc.close() ABORT ends the session
        assertEquals(lifecycle, List.of("ChannelClosing", "ChannelClosing", "ChannelClosed", "ChannelClosed",
                "TransportClosed"), who + " " + events);
    }
}
