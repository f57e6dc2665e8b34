package dev.parley.peer.ice;

import static org.testng.Assert.assertEquals;

import java.time.Duration;

import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class ConsentStatusTest {

    @DataProvider
    public Object[][] ages() {
        return new Object[][] {
            {"answered just now -> fresh", 0, ConsentStatus.FRESH},
            {"one 2 s check interval -> fresh", 2_400, ConsentStatus.FRESH},
            {"5 s unanswered -> lapsing (disconnected)", 5_000, ConsentStatus.LAPSING},
            {"29.9 s unanswered -> lapsing", 29_900, ConsentStatus.LAPSING},
            {"30 s unanswered -> expired (RFC 7675 5.1: failed)", 30_000, ConsentStatus.EXPIRED},
        };
    }

    @Test(dataProvider = "ages")
    public void consentAfterSilence(String row, long millis, ConsentStatus expected) {
        assertEquals(ConsentStatus.of(Duration.ofMillis(millis), IceSettings.DEFAULTS.disconnectedAfter(),
                IceSettings.DEFAULTS.consentExpiresAfter()), expected, row);
    }
}
