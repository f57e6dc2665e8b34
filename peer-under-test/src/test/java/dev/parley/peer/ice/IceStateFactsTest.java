package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class IceStateFactsTest {

    /** Facts builder: starts from "checks running, nothing selected yet". */
    private static final class Facts {
        boolean closed;
        boolean started = true;
        boolean checksFailed;
        boolean consentLost;
        boolean pairSelected;
        ConsentStatus consent = ConsentStatus.FRESH;
        boolean allCandidatesKnown;
        boolean restartChecking;
        boolean restartFailed;

        IceStateFacts build() {
            return new IceStateFacts(closed, started, checksFailed, consentLost, pairSelected, consent, allCandidatesKnown,
                    restartChecking, restartFailed);
        }
    }

    @DataProvider
    public Object[][] rows() {
        Facts notStarted = new Facts();
        notStarted.started = false;
        Facts checking = new Facts();
        Facts selected = new Facts();
        selected.pairSelected = true;
        Facts everythingKnown = new Facts();
        everythingKnown.pairSelected = true;
        everythingKnown.allCandidatesKnown = true;
        Facts lapsing = new Facts();
        lapsing.pairSelected = true;
        lapsing.allCandidatesKnown = true;
        lapsing.consent = ConsentStatus.LAPSING;
        Facts consentLost = new Facts();
        consentLost.pairSelected = true;
        consentLost.consentLost = true;
        Facts checksFailed = new Facts();
        checksFailed.checksFailed = true;
        Facts restartWhileConnected = new Facts();
        restartWhileConnected.pairSelected = true;
        restartWhileConnected.allCandidatesKnown = true;
        restartWhileConnected.restartChecking = true;
        Facts restartAfterFailure = new Facts();
        restartAfterFailure.checksFailed = true;
        restartAfterFailure.restartChecking = true;
        Facts restartFailed = new Facts();
        restartFailed.pairSelected = true;
        restartFailed.restartChecking = true;
        restartFailed.restartFailed = true;
        Facts closed = new Facts();
        closed.pairSelected = true;
        closed.closed = true;
        return new Object[][] {
            {"new: nothing started", notStarted, RTCIceTransportState.NEW},
            {"new -> start -> checking", checking, RTCIceTransportState.CHECKING},
            {"checking -> pair selected -> connected", selected, RTCIceTransportState.CONNECTED},
            {"connected -> end-of-candidates, gathering complete -> completed", everythingKnown, RTCIceTransportState.COMPLETED},
            {"completed -> consent lapsing -> disconnected", lapsing, RTCIceTransportState.DISCONNECTED},
            {"disconnected -> consent expired -> failed", consentLost, RTCIceTransportState.FAILED},
            {"checking -> all checks failed -> failed", checksFailed, RTCIceTransportState.FAILED},
            {"completed -> restart -> connected (old pair still carries data)", restartWhileConnected, RTCIceTransportState.CONNECTED},
            {"failed -> restart -> checking", restartAfterFailure, RTCIceTransportState.CHECKING},
            {"connected -> restart checks failed -> failed", restartFailed, RTCIceTransportState.FAILED},
            {"connected -> stop() -> closed", closed, RTCIceTransportState.CLOSED},
        };
    }

    @Test(dataProvider = "rows")
    public void stateFollowsTheFacts(String row, Facts facts, RTCIceTransportState expected) {
        assertEquals(facts.build().derive(), expected, row);
    }
}
