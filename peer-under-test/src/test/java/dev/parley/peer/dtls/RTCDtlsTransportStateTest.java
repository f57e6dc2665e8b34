package dev.parley.peer.dtls;

import static org.testng.Assert.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class RTCDtlsTransportStateTest {

    /** Every allowed transition, in spec notation; all others must be refused. */
    private static final Set<String> ALLOWED = Set.of(
            "new -> connecting",
            "new -> closed",
            "new -> failed",
            "connecting -> connected",
            "connecting -> closed",
            "connecting -> failed",
            "connected -> closed",
            "connected -> failed");

    @DataProvider
    public Object[][] transitions() {
        return Arrays.stream(RTCDtlsTransportState.values())
                .flatMap(from -> Arrays.stream(RTCDtlsTransportState.values()).map(to -> new Object[] {from + " -> " + to, from, to}))
                .toArray(Object[][]::new);
    }

    @Test(dataProvider = "transitions")
    public void transitionAllowedOnlyAsTheSpecSays(String transition, RTCDtlsTransportState from, RTCDtlsTransportState to) {
        assertEquals(from.canTransitionTo(to), ALLOWED.contains(transition), transition);
    }

    @Test
    public void specStrings() {
        assertEquals(Arrays.stream(RTCDtlsTransportState.values()).map(RTCDtlsTransportState::specName).collect(Collectors.toList()),
                java.util.List.of("new", "connecting", "connected", "closed", "failed"));
    }

    @Test
    public void roleFollowsLocalSetup() {
        assertEquals(RTCDtlsRole.forLocalSetup("active"), RTCDtlsRole.CLIENT);
        assertEquals(RTCDtlsRole.forLocalSetup("passive"), RTCDtlsRole.SERVER);
        org.testng.Assert.assertThrows(IllegalArgumentException.class, () -> RTCDtlsRole.forLocalSetup("actpass"));
    }
}
