package dev.parley.peer.sctp;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import dev.parley.peer.sctp.SctpSamples.CapturedPacket;
import dev.parley.peer.sctp.association.AssociationState;
import dev.parley.peer.sctp.association.Capabilities;
import dev.parley.peer.sctp.association.SctpAssociation;
import dev.parley.peer.sctp.association.SctpEvent;
import dev.parley.peer.sctp.packet.AbortChunk;
import dev.parley.peer.sctp.packet.Chunk;
import dev.parley.peer.sctp.packet.DataChunk;
import dev.parley.peer.sctp.packet.IDataChunk;
import dev.parley.peer.sctp.packet.OutgoingSsnResetRequestParameter;
import dev.parley.peer.sctp.packet.Parameter;
import dev.parley.peer.sctp.packet.ReConfigChunk;
import dev.parley.peer.sctp.packet.SackChunk;
import dev.parley.peer.sctp.packet.SctpPacket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/**
 * Parley's association as the peer of a real browser: every packet one browser sent in a captured
 * session is replayed, in order, into our association (which plays the other browser; only the
 * verification tag is rewritten to ours). The browser's INIT ACK and COOKIE ACK must establish the
 * association (their COOKIE ECHO carries the other browser's cookie and is rightly ignored), every
 * user message must be delivered, every stream reset performed, and the final ABORT reported.
 */
public class BrowserReplayTest {

    @DataProvider
    public Object[][] browsers() {
        return new Object[][] {
            {"chrome (dcSCTP) offering to firefox", "s1-chrome-offers-firefox-av--offerer-chrome-log", 'O', false},
            {"firefox (dcSCTP) answering chrome", "s1-chrome-offers-firefox-av--offerer-chrome-log", 'I', false},
            {"chrome (dcSCTP) answering firefox", "s2-firefox-offers-chrome--answerer-chrome-log", 'O', false},
            {"firefox (dcSCTP) offering to chrome", "s2-firefox-offers-chrome--answerer-chrome-log", 'I', false},
            {"firefox (usrsctp) offering to firefox", "s3-firefox-usrsctp-offers-firefox--offerer-firefox-usrsctp-log",
                'O', true},
            {"firefox (dcSCTP) answering usrsctp with I-DATA",
                "s3-firefox-usrsctp-offers-firefox--offerer-firefox-usrsctp-log", 'I', true},
            {"chrome answering chrome", "s4-chrome-offers-chrome--answerer-chrome-log", 'O', false},
        };
    }

    @Test(dataProvider = "browsers")
    public void parleyEstablishesReceivesEveryMessageAndEveryResetFromTheBrowser(String who, String log, char dir,
                                                                               boolean interleaved) throws Exception {
        List<CapturedPacket> browserPackets = SctpSamples.sentBy(log, dir);
        // our end offers I-DATA exactly when the browser's original peer did, or the replayed browser would
        // be sending the chunk type it negotiated with that peer, not with us
        SctpAssociation ours = new SctpAssociation(SctpOptions.builder().enableMessageInterleaving(interleaved).build(),
                new Random(7), "parley");
        ours.connect(0);
        byte[] ourInit = ours.pollPacket();
        int ourTag = ByteBuffer.wrap(ourInit).getInt(16); // INIT's initiate tag
        List<SctpEvent> events = new ArrayList<>();
        List<SctpPacket> sent = new ArrayList<>();
        Set<Long> messageEnds = new HashSet<>();
        Set<Integer> resetRequests = new HashSet<>();
        long highestTsn = -1;
        long now = 0;
        Capabilities capabilities = null;
        CapturedPacket abort = null;
        for (CapturedPacket captured : browserPackets) {
            SctpPacket original = SctpPacket.parse(captured.bytes());
            if (original.chunks().get(0) instanceof AbortChunk) {
                abort = captured; // replayed last, after the delayed SACK had its time
                continue;
            }
            for (Chunk c : original.chunks()) {
                if (c instanceof DataChunk d && d.ending()) {
                    messageEnds.add(d.tsn() & 0xffffffffL);
                } else if (c instanceof IDataChunk d && d.ending()) {
                    messageEnds.add(d.tsn() & 0xffffffffL);
                } else if (c instanceof ReConfigChunk r) {
                    for (Parameter p : r.parameters()) {
                        if (p instanceof OutgoingSsnResetRequestParameter req) {
                            resetRequests.add(req.requestSequenceNumber());
                        }
                    }
                }
                if (c instanceof DataChunk d) {
                    highestTsn = Math.max(highestTsn, d.tsn() & 0xffffffffL);
                } else if (c instanceof IDataChunk d) {
                    highestTsn = Math.max(highestTsn, d.tsn() & 0xffffffffL);
                }
            }
            now += 5;
            ours.handleTimeout(now);
            ours.handlePacket(SctpSamples.retagged(captured.bytes(), ourTag), now);
            capabilities = drain(ours, sent, events, capabilities);
        }
        now += 1_000;
        ours.handleTimeout(now);
        capabilities = drain(ours, sent, events, capabilities);
        assertTrue(events.get(0) instanceof SctpEvent.Connected, who + ": " + events);
        assertEquals(capabilities.messageInterleaving(), interleaved);
        assertTrue(capabilities.partialReliability());
        assertTrue(capabilities.reconfiguration());
        List<SctpEvent.MessageReceived> messages = events.stream().filter(SctpEvent.MessageReceived.class::isInstance)
                .map(SctpEvent.MessageReceived.class::cast).toList();
        assertEquals(messages.size(), messageEnds.size(), who);
        Set<Integer> sizes = new HashSet<>();
        messages.forEach(m -> sizes.add(m.payload().length));
        assertTrue(sizes.containsAll(List.of(1, 1000, 70_000)), who + " sizes " + sizes);
        assertEquals(events.stream().filter(SctpEvent.IncomingStreamsReset.class::isInstance).count(),
                (long) resetRequests.size(), who + ": " + events);
        long lastAcked = -1;
        for (SctpPacket p : sent) {
            for (Chunk c : p.chunks()) {
                if (c instanceof SackChunk s) {
                    lastAcked = s.cumulativeTsnAck() & 0xffffffffL;
                }
            }
        }
        assertEquals(lastAcked, highestTsn, who + ": our SACKs acknowledge all the browser's data");
        assertEquals(ours.state(), AssociationState.ESTABLISHED);
        if (abort != null) {
            // pc.close() on the browser side
            ours.handlePacket(SctpSamples.retagged(abort.bytes(), ourTag), now + 5);
            drain(ours, sent, events, capabilities);
            SctpEvent last = events.get(events.size() - 1);
            assertTrue(last instanceof SctpEvent.Aborted a && a.byPeer(), who + ": " + last);
            assertEquals(ours.state(), AssociationState.CLOSED);
        }
    }

    private static Capabilities drain(SctpAssociation ours, List<SctpPacket> sent, List<SctpEvent> events,
                                      Capabilities capabilities) throws Exception {
        for (byte[] out; (out = ours.pollPacket()) != null; ) {
            sent.add(SctpPacket.parse(out, true));
        }
        Capabilities caps = capabilities;
        for (SctpEvent e; (e = ours.pollEvent()) != null; ) {
            events.add(e);
            if (e instanceof SctpEvent.Connected) {
                caps = ours.capabilities();
            }
        }
        return caps;
    }
}
