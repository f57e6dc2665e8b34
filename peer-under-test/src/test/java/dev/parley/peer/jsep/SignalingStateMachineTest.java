package dev.parley.peer.jsep;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.expectThrows;

import dev.parley.peer.api.DOMException;
import dev.parley.peer.api.RTCSdpType;
import dev.parley.peer.api.RTCSignalingState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

/** Every signaling transition of webrtc-pc section 4.3.1, allowed and refused, in spec notation. */
public class SignalingStateMachineTest {

    private static final Pattern NOTATION = Pattern.compile("(\\S+) -> (setLocal|setRemote)\\((\\w+)\\) -> (\\S+)");

    @DataProvider
    public Object[][] transitions() {
        return rows(
                "stable -> setLocal(offer) -> have-local-offer",
                "stable -> setRemote(offer) -> have-remote-offer",
                "have-local-offer -> setLocal(offer) -> have-local-offer",
                "have-local-offer -> setRemote(answer) -> stable",
                "have-local-offer -> setRemote(pranswer) -> have-remote-pranswer",
                "have-local-offer -> setLocal(rollback) -> stable",
                "have-local-offer -> setRemote(offer) -> have-remote-offer",
                "have-remote-pranswer -> setRemote(pranswer) -> have-remote-pranswer",
                "have-remote-pranswer -> setRemote(answer) -> stable",
                "have-remote-offer -> setRemote(offer) -> have-remote-offer",
                "have-remote-offer -> setLocal(answer) -> stable",
                "have-remote-offer -> setLocal(pranswer) -> have-local-pranswer",
                "have-remote-offer -> setRemote(rollback) -> stable",
                "have-local-pranswer -> setLocal(pranswer) -> have-local-pranswer",
                "have-local-pranswer -> setLocal(answer) -> stable");
    }

    @Test(dataProvider = "transitions", description = "webrtc/RTCPeerConnection-setRemoteDescription.html: "
            + "Negotiation should fire signalingsstate events")
    public void allowedTransitionReachesItsState(String transition, RTCSignalingState from, DescriptionSide side,
                                                 RTCSdpType type, RTCSignalingState to) {
        assertEquals(SignalingStateMachine.next(from, side, type), to, transition);
    }

    @DataProvider
    public Object[][] refused() {
        return rows(
                "stable -> setLocal(answer) -> InvalidStateError",
                "stable -> setRemote(answer) -> InvalidStateError",
                "stable -> setLocal(pranswer) -> InvalidStateError",
                "stable -> setRemote(pranswer) -> InvalidStateError",
                "stable -> setLocal(rollback) -> InvalidStateError",
                "stable -> setRemote(rollback) -> InvalidStateError",
                "have-local-offer -> setLocal(answer) -> InvalidStateError",
                "have-local-offer -> setLocal(pranswer) -> InvalidStateError",
                "have-local-offer -> setRemote(rollback) -> InvalidStateError",
                "have-remote-offer -> setLocal(offer) -> InvalidStateError",
                "have-remote-offer -> setRemote(answer) -> InvalidStateError",
                "have-remote-offer -> setRemote(pranswer) -> InvalidStateError",
                "have-remote-offer -> setLocal(rollback) -> InvalidStateError",
                "have-local-pranswer -> setRemote(offer) -> InvalidStateError",
                "have-local-pranswer -> setLocal(offer) -> InvalidStateError",
                "have-local-pranswer -> setLocal(rollback) -> InvalidStateError",
                "have-remote-pranswer -> setLocal(offer) -> InvalidStateError",
                "have-remote-pranswer -> setRemote(offer) -> InvalidStateError",
                "have-remote-pranswer -> setRemote(rollback) -> InvalidStateError",
                "closed -> setLocal(offer) -> InvalidStateError",
                "closed -> setRemote(offer) -> InvalidStateError",
                "closed -> setRemote(answer) -> InvalidStateError");
    }

    @Test(dataProvider = "refused", description = "webrtc/RTCPeerConnection-setRemoteDescription-answer.html: "
            + "Calling setRemoteDescription(answer) from stable state should reject with InvalidStateError")
    public void refusedTransitionIsInvalidStateError(String transition, RTCSignalingState from,
                                                      DescriptionSide side, RTCSdpType type, Object unused) {
        DOMException e = expectThrows(DOMException.class, () -> SignalingStateMachine.next(from, side, type));
        assertEquals(e.name(), "InvalidStateError", transition);
        assertFalse(SignalingStateMachine.isAllowed(from, side, type), transition);
    }

    @Test(description = "webrtc/RTCPeerConnection-setRemoteDescription-offer.html: "
            + "setRemoteDescription(offer) from have-local-offer should roll back and succeed")
    public void remoteOfferInHaveLocalOfferIsAnImplicitRollback() {
        assertTrue(SignalingStateMachine.needsImplicitRollback(RTCSignalingState.HAVE_LOCAL_OFFER,
                DescriptionSide.REMOTE, RTCSdpType.OFFER));
        assertFalse(SignalingStateMachine.needsImplicitRollback(RTCSignalingState.STABLE,
                DescriptionSide.REMOTE, RTCSdpType.OFFER));
    }

    private static Object[][] rows(String... notations) {
        List<Object[]> rows = new ArrayList<>();
        for (String n : notations) {
            Matcher m = NOTATION.matcher(n);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a transition: " + n);
            }
            DescriptionSide side = m.group(2).equals("setLocal") ? DescriptionSide.LOCAL : DescriptionSide.REMOTE;
            Object to = m.group(4).equals("InvalidStateError") ? m.group(4) : RTCSignalingState.fromSpec(m.group(4));
            rows.add(new Object[] {n, RTCSignalingState.fromSpec(m.group(1)), side, RTCSdpType.fromSpec(m.group(3)), to});
        }
        return rows.toArray(new Object[0][]);
    }
}
