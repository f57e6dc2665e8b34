package dev.parley.harness.impair;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertThrows;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.fail;

import java.time.Duration;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class ImpairmentTest {

    @Test
    public void readsEveryKey() {
        Impairment i = Impairment.parse("loss=10%, delay=50ms,jitter=5ms,reorder=2.5%,rate=8mbit,seed=42");
        assertEquals(i.lossPercent(), 10.0);
        assertEquals(i.delay(), Duration.ofMillis(50));
        assertEquals(i.jitter(), Duration.ofMillis(5));
        assertEquals(i.reorderPercent(), 2.5);
        assertEquals(i.rateBitsPerSecond(), 8_000_000L);
        assertEquals(i.seed(), 42L);
    }

    @Test
    public void secondsKilobitsAndUpperCaseAreAccepted() {
        Impairment i = Impairment.parse("DELAY=1s,Rate=500kbit");
        assertEquals(i.delay(), Duration.ofSeconds(1));
        assertEquals(i.rateBitsPerSecond(), 500_000L);
    }

    @Test
    public void blankIsNone() {
        assertTrue(Impairment.parse("").isNone());
        assertTrue(Impairment.parse("  ").isNone());
        assertEquals(Impairment.parse(""), Impairment.none());
        assertEquals(Impairment.none().toString(), "");
    }

    @DataProvider
    public static Object[][] specs() {
        return new Object[][] {{"loss=10%"}, {"delay=50ms"}, {"loss=0.5%,delay=20ms,jitter=3ms"},
            {"reorder=5%"}, {"rate=8mbit"}, {"rate=1500kbit"}, {"rate=12345bit"}, {"rate=1gbit"},
            {"loss=1%,delay=1000ms,rate=64kbit,seed=-3"}};
    }

    @Test(dataProvider = "specs")
    public void toStringRoundTrips(String spec) {
        Impairment parsed = Impairment.parse(spec);
        assertEquals(parsed.toString(), spec);
        assertEquals(Impairment.parse(parsed.toString()), parsed);
    }

    @Test
    public void canonicalFormIsFixedOrderAndUnits() {
        assertEquals(Impairment.parse("rate=8000kbit,delay=1s,loss=10.0%").toString(), "loss=10%,delay=1000ms,rate=8mbit");
    }

    @DataProvider
    public static Object[][] badSpecs() {
        return new Object[][] {
            {"loss", "'loss' is not key=value"},
            {"=10%", "'=10%' is not key=value"},
            {"loss=10", "loss '10' is not a percentage"},
            {"loss=101%", "over 100%"},
            {"loss=-1%", "is not a percentage"},
            {"delay=50", "delay '50' is not a time such as 50ms"},
            {"delay=50us", "not a time"},
            {"delay=2min", "not a time"},
            {"delay=61s", "over 60 s"},
            {"jitter=10ms,delay=5ms", "jitter 10ms exceeds delay 5ms"},
            {"rate=8mbps", "rate '8mbps' is not a rate"},
            {"rate=100bit", "under 8kbit"},
            {"seed=x", "seed 'x' is not a whole number"},
            {"latency=5ms", "unknown key 'latency'"},
            {"loss=1%,loss=2%", "'loss' given twice"},
            {"loss=1%,", "'' is not key=value"},
        };
    }

    @Test(dataProvider = "badSpecs")
    public void badSpecsSayWhatIsWrong(String spec, String expected) {
        try {
            Impairment.parse(spec);
            fail("accepted " + spec);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertTrue(e.getMessage().startsWith("bad impairment spec '" + spec + "'"), e.getMessage());
        }
    }

    @Test
    public void nullIsRejected() {
        assertThrows(NullPointerException.class, () -> Impairment.parse(null));
    }
}
