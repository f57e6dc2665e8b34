package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class RTCIceTransportStateTest {

    private static final Set<String> ALLOWED = Set.of(
            "new -> checking", "new -> closed",
            "checking -> connected", "checking -> completed", "checking -> failed", "checking -> closed",
            "connected -> completed", "connected -> disconnected", "connected -> failed", "connected -> checking", "connected -> closed",
            "completed -> connected", "completed -> disconnected", "completed -> failed", "completed -> checking", "completed -> closed",
            "disconnected -> connected", "disconnected -> completed", "disconnected -> failed", "disconnected -> checking",
            "disconnected -> closed",
            "failed -> checking", "failed -> closed");

    @DataProvider
    public Object[][] transitions() {
        return Arrays.stream(RTCIceTransportState.values())
                .flatMap(from -> Arrays.stream(RTCIceTransportState.values()).map(to -> new Object[] {from + " -> " + to, from, to}))
                .toArray(Object[][]::new);
    }

    @Test(dataProvider = "transitions")
    public void transitionsAsDocumented(String transition, RTCIceTransportState from, RTCIceTransportState to) {
        assertEquals(from.canTransitionTo(to), ALLOWED.contains(transition), transition);
    }

    @Test
    public void specStrings() {
        assertEquals(Arrays.stream(RTCIceTransportState.values()).map(RTCIceTransportState::specName).toList(),
                List.of("new", "checking", "connected", "completed", "disconnected", "failed", "closed"));
        assertEquals(Arrays.stream(RTCIceGathererState.values()).map(RTCIceGathererState::specName).toList(),
                List.of("new", "gathering", "complete"));
    }
}
