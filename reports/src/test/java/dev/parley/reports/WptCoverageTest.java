package dev.parley.reports;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.testng.annotations.Test;

public class WptCoverageTest {
    private static final String INDEX = "file\ttitle\tspec_links\tarea\n"
            + "webrtc/A.html\tfirst title\t\tsignaling\n"
            + "webrtc/A.html\tsecond title\t\tsignaling\n"
            + "webrtc/B.html\t${mode} works [template]\t\tsctp/datachannel\n";

    private static WptCoverage index() throws Exception {
        return WptCoverage.parse(new ByteArrayInputStream(INDEX.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void coverageOfAnAreaCountsDistinctCoveredRowsOverAllRowsOfTheArea() throws Exception {
        WptCoverage.Result result = index().measure(List.of("webrtc/A.html: first title", "webrtc/A.html: first title"));
        assertEquals(result.areas().get("signaling"), new WptCoverage.Area(1, 2));
        assertEquals(result.areas().get("signaling").percent(), 50.0);
    }

    @Test
    public void aTemplateRowIsNamedByItsTemplateText() throws Exception {
        WptCoverage.Result result = index().measure(List.of("webrtc/B.html: ${mode} works"));
        assertEquals(result.areas().get("sctp/datachannel"), new WptCoverage.Area(1, 1));
    }

    @Test
    public void aNameThatIsNotInTheIndexIsListedAsUnmatched() throws Exception {
        WptCoverage.Result result = index().measure(List.of("webrtc/A.html: no such title", "a Parley-only test"));
        assertEquals(result.unmatched(), Set.of("webrtc/A.html: no such title"));
    }

    @Test
    public void theBundledIndexHoldsEveryWptWebrtcTitle() {
        int rows = WptCoverage.bundled().measure(List.of()).areas().values().stream().mapToInt(WptCoverage.Area::total).sum();
        assertTrue(rows >= 1200, "rows: " + rows);
    }
}
