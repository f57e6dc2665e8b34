package dev.parley.harness.call;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;
import static org.testng.Assert.fail;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.testng.annotations.Test;

public class WaitsTest {

    @Test
    public void untilReturnsOnceTheCheckHolds() {
        AtomicInteger polls = new AtomicInteger();
        Waits.until("three polls", Duration.ofSeconds(5), polls::incrementAndGet,
                () -> polls.get() >= 3 ? null : "only " + polls.get());
        assertEquals(polls.get(), 3);
    }

    @Test
    public void aTimeoutNamesWhatWasAwaitedAndWhatWasSeen() {
        try {
            Waits.until("connectionState connected", Duration.ofMillis(100), () -> { }, () -> "connectionState failed");
            fail("expected a timeout");
        } catch (AssertionError e) {
            assertTrue(e.getMessage().contains("waiting for connectionState connected"), e.getMessage());
            assertTrue(e.getMessage().contains("instead: connectionState failed"), e.getMessage());
        }
    }

    @Test
    public void aTimeoutAfterAnExceptionReportsTheLastException() {
        try {
            Waits.until("a peer that answers", Duration.ofMillis(100), () -> {
                throw new IllegalStateException("browser gone");
            }, () -> null);
            fail("expected a timeout");
        } catch (AssertionError e) {
            assertTrue(e.getMessage().contains("browser gone"), e.getMessage());
            assertTrue(e.getCause() instanceof IllegalStateException);
        }
    }
}
