package dev.parley.harness.call;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertNull;
import static org.testng.Assert.assertTrue;

import dev.parley.harness.peer.PeerEvent;
import java.util.List;
import org.testng.annotations.Test;

public class TimelineTest {

    private static PeerEvent e(String type, String value) {
        return new PeerEvent(type, value, null, 0);
    }

    @Test
    public void repeatedIdenticalStatesCollapseIntoOne() {
        assertEquals(Timeline.collapsed(List.of("checking", "checking", "connected", "connected", "completed")),
                List.of("checking", "connected", "completed"));
    }

    @Test
    public void valuesKeepOnlyTheEventsOfOneTypeInOrder() {
        List<PeerEvent> events = List.of(e("signalingstatechange", "have-local-offer"), e("icecandidate", "c1"),
                e("signalingstatechange", "stable"));
        assertEquals(Timeline.values(events, "signalingstatechange"), List.of("have-local-offer", "stable"));
        assertEquals(Timeline.count(events, "icecandidate"), 1);
    }

    @Test
    public void matchingSequencesHaveNoDifference() {
        assertNull(Timeline.difference(List.of("a", "b"), List.of("a", "b")));
    }

    @Test
    public void aDifferenceNamesTheStepTheExpectedStateAndWhatCameInstead() {
        String difference = Timeline.difference(List.of("connecting", "connected"), List.of("connecting", "failed"));
        assertTrue(difference.contains("step 2"), difference);
        assertTrue(difference.contains("expected 'connected'"), difference);
        assertTrue(difference.contains("'failed' came"), difference);
    }

    @Test
    public void aMissingEventIsNamedAsNoEvent() {
        String difference = Timeline.difference(List.of("connecting", "connected"), List.of("connecting"));
        assertTrue(difference.contains("no event came"), difference);
    }

    @Test
    public void anExtraEventIsNamedAsUnexpected() {
        String difference = Timeline.difference(List.of("connecting"), List.of("connecting", "connected"));
        assertTrue(difference.contains("expected no further event"), difference);
    }
}
