package dev.parley.reports;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

public class ConformanceMatrixTest {

    @Test
    public void pairsAreOrderedChromeFirefoxJavaThenOthersByTheirFirstThenSecondPeer() {
        List<String> pairs = new ArrayList<>(List.of("vendor->chrome", "java->java", "firefox->chrome", "chrome->java",
                "java->chrome", "chrome->firefox", "chrome->chrome", "acme->firefox", "firefox->firefox"));

        pairs.sort(ConformanceMatrix.PAIR_ORDER);

        assertEquals(pairs, List.of("chrome->chrome", "chrome->firefox", "chrome->java", "firefox->chrome", "firefox->firefox",
                "java->chrome", "java->java", "acme->firefox", "vendor->chrome"));
    }

    @DataProvider
    public Object[][] cellVerdicts() {
        return new Object[][] {
            {List.of(TestStatus.PASSED, TestStatus.PASSED), Verdict.PASS},
            {List.of(TestStatus.PASSED, TestStatus.FAILED), Verdict.FAIL},
            {List.of(TestStatus.PASSED, TestStatus.BROKEN), Verdict.FAIL},
            {List.of(TestStatus.SKIPPED, TestStatus.PASSED), Verdict.PASS},
            {List.of(TestStatus.SKIPPED, TestStatus.SKIPPED), Verdict.NOT_RUN},
        };
    }

    @Test(dataProvider = "cellVerdicts")
    public void aCellShowsTheWorstVerdictOfItsTests(List<TestStatus> statuses, Verdict expected) {
        List<TestOutcome> tests = statuses.stream().map(s -> Fixtures.outcome("ice", "ice: gathering", "chrome->firefox", s)).toList();

        ConformanceMatrix matrix = ConformanceMatrix.of(tests);

        assertEquals(matrix.cell(matrix.rows().get(0), "chrome->firefox").verdict(), expected);
    }

    @Test
    public void aPlainFailureOutranksAKnownIssueInOneCell() {
        assertEquals(Verdict.KNOWN_ISSUE.worst(Verdict.FAIL), Verdict.FAIL);
        assertEquals(Verdict.PASS.worst(Verdict.KNOWN_ISSUE), Verdict.KNOWN_ISSUE);
    }

    @Test
    public void aFeatureNeverRunOnAPairHasAnEmptyNotRunCell() {
        ConformanceMatrix matrix = ConformanceMatrix.of(List.of(
                Fixtures.outcome("ice", "ice: gathering", "chrome->firefox", TestStatus.PASSED),
                Fixtures.outcome("media", "media: audio flows", "java->chrome", TestStatus.PASSED)));

        ConformanceMatrix.Cell cell = matrix.cell(matrix.rows().get(0), "java->chrome");
        assertEquals(cell.verdict(), Verdict.NOT_RUN);
        assertTrue(cell.tests().isEmpty());
    }

    @Test
    public void featureNamesAreEscapedInTheHtml() {
        ConformanceMatrix matrix = ConformanceMatrix.of(List.of(
                Fixtures.outcome("signaling", "signaling: <script>alert(1)</script> & \"quotes\"", "chrome->firefox", TestStatus.PASSED)));

        String html = HtmlMatrix.render(matrix, Instant.EPOCH);

        assertTrue(html.contains("signaling: &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), html);
        assertTrue(!html.contains("<script>"));
    }

    @Test
    public void pipesInFeatureNamesAreEscapedInTheMarkdown() {
        ConformanceMatrix matrix = ConformanceMatrix.of(List.of(
                Fixtures.outcome("signaling", "signaling: a|b", "chrome->firefox", TestStatus.PASSED)));

        assertTrue(MarkdownMatrix.render(matrix).contains("| signaling: a\\|b | ✅ |"));
    }
}
