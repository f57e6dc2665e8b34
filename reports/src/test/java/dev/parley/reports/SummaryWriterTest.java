package dev.parley.reports;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.testng.annotations.AfterMethod;
import org.testng.annotations.BeforeMethod;
import org.testng.annotations.Test;

public class SummaryWriterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T14:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Path out;
    private ConformanceMatrix matrix;

    @BeforeMethod
    public void writeTheFakeRun() throws IOException {
        out = Files.createTempDirectory("parley-summary");
        matrix = SummaryWriter.write(Fixtures.run(), out, Fixtures.knownIssues(), CLOCK);
    }

    @AfterMethod(alwaysRun = true)
    public void deleteOutput() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    public void summaryJsonCountsPassedFailedAndSkippedPerPairWithBrokenAsFailed() throws IOException {
        JsonNode pairs = summaryJson().get("pairs");

        assertEquals(pairs.toString(), "{\"chrome->chrome\":{\"passed\":0,\"failed\":0,\"skipped\":1},"
                + "\"chrome->firefox\":{\"passed\":2,\"failed\":1,\"skipped\":0},"
                + "\"firefox->chrome\":{\"passed\":0,\"failed\":2,\"skipped\":0},"
                + "\"firefox->firefox\":{\"passed\":1,\"failed\":1,\"skipped\":0}}");
    }

    @Test
    public void summaryJsonListsEachTestWithSuiteNamePairStatusAndDuration() throws IOException {
        JsonNode tests = summaryJson().get("tests");

        assertEquals(tests.size(), 8);
        JsonNode first = tests.get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(fields, List.of("suite", "name", "pair", "status", "durationMs"));
        assertEquals(first.toString(), "{\"suite\":\"datachannel\",\"name\":\"ordered messages arrive in order\","
                + "\"pair\":\"chrome->firefox\",\"status\":\"broken\",\"durationMs\":500}");
    }

    @Test
    public void aRetriedTestCountsOnlyItsLatestResult() throws IOException {
        JsonNode tests = summaryJson().get("tests");

        List<String> firefoxSelf = new ArrayList<>();
        tests.forEach(t -> {
            if (t.get("pair").asText().equals("firefox->firefox") && t.get("suite").asText().equals("signaling")) {
                firefoxSelf.add(t.get("status").asText() + " " + t.get("durationMs").asLong());
            }
        });
        assertEquals(firefoxSelf, List.of("passed 300"));
    }

    @Test
    public void resultsWithoutAPairAndUnreadableFilesAreLeftOut() {
        assertTrue(matrix.tests().stream().allMatch(t -> t.pair() != null && !t.pair().isBlank()));
        assertFalse(matrix.tests().stream().anyMatch(t -> t.name().equals("relay self-check")));
    }

    @Test
    public void matrixRowsAreFeaturesInSuiteOrderAndColumnsArePairsInPeerOrder() {
        assertEquals(matrix.rows().stream().map(ConformanceMatrix.Row::feature).toList(),
                List.of("signaling: offer/answer state sequence", "ice: host candidates", "datachannel: ordered delivery"));
        assertEquals(matrix.pairs(), List.of("chrome->chrome", "chrome->firefox", "firefox->chrome", "firefox->firefox"));
    }

    @Test
    public void eachCellShowsPassFailKnownIssueOrNotRun() {
        assertEquals(verdicts("signaling: offer/answer state sequence"),
                List.of(Verdict.NOT_RUN, Verdict.PASS, Verdict.FAIL, Verdict.PASS));
        assertEquals(verdicts("ice: host candidates"),
                List.of(Verdict.NOT_RUN, Verdict.PASS, Verdict.NOT_RUN, Verdict.KNOWN_ISSUE));
        assertEquals(verdicts("datachannel: ordered delivery"),
                List.of(Verdict.NOT_RUN, Verdict.FAIL, Verdict.KNOWN_ISSUE, Verdict.NOT_RUN));
    }

    @Test
    public void aFailureWhoseMessageMatchesAKnownIssuePatternIsThatKnownIssueAndStaysFailed() {
        TestOutcome lost = find("datachannel", "firefox->chrome");

        assertEquals(lost.status(), TestStatus.FAILED);
        assertEquals(lost.knownIssue().map(KnownIssue::id).orElse("none"), "chrome-dc-first-message-lost");
    }

    @Test
    public void aFailureLabelledKnownIssueIsThatKnownIssueWithItsTitle() {
        TestOutcome noRoute = find("ice", "firefox->firefox");

        assertEquals(noRoute.status(), TestStatus.FAILED);
        assertEquals(noRoute.knownIssue().map(KnownIssue::title).orElse("none"), "Firefox gathers nothing without a default route");
    }

    @Test
    public void aFailureWhoseMessageCarriesAKnownIssueMarkerIsThatKnownIssue() {
        AllureResult marked = new AllureResult("u", "n", "f", TestStatus.BROKEN, 1, 2, List.of(),
                List.of(new AllureResult.NameValue("pair", "chrome->firefox")),
                "timed out " + KnownIssues.marker("chrome-dc-first-message-lost"), null);

        assertEquals(Fixtures.knownIssues().classify(marked).map(KnownIssue::link).orElse("none"), "https://issues.example.test/chrome-dc");
    }

    @Test
    public void aPassedTestIsNeverAKnownIssue() {
        AllureResult passed = new AllureResult("u", "n", "f", TestStatus.PASSED, 1, 2,
                List.of(new AllureResult.NameValue("known-issue", "chrome-dc-first-message-lost")), List.of(), null, null);

        assertTrue(Fixtures.knownIssues().classify(passed).isEmpty());
    }

    @Test
    public void aFailureMatchingNoKnownIssueIsAPlainFailure() {
        assertTrue(find("signaling", "firefox->chrome").knownIssue().isEmpty());
    }

    @Test
    public void summaryMdHasOneRowPerFeatureWithTheSymbols() throws IOException {
        String md = Files.readString(out.resolve("summary.md"));

        assertTrue(md.contains("| Feature | chrome->chrome | chrome->firefox | firefox->chrome | firefox->firefox |\n"), md);
        assertTrue(md.contains("| signaling: offer/answer state sequence |  | ✅ | ❌ | ✅ |\n"), md);
        assertTrue(md.contains("| datachannel: ordered delivery |  | ❌ | ⚠ |  |\n"), md);
        assertTrue(md.contains("| **passed / failed / skipped** | 0 / 0 / 1 | 2 / 1 / 0 | 0 / 2 / 0 | 1 / 1 / 0 |\n"), md);
        assertTrue(md.contains("[chrome-dc-first-message-lost](https://issues.example.test/chrome-dc)"), md);
    }

    @Test
    public void indexHtmlIsSelfContainedAndLinksTheAllureReport() throws IOException {
        String html = Files.readString(out.resolve("index.html"));

        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("href=\"allure/index.html\""), "links the Allure report");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("<link"), "no external stylesheet");
        assertFalse(html.contains("src=\""), "no external resource");
        assertTrue(html.contains("<td class=\"cell fail\""), "a failed cell");
        assertTrue(html.contains("<td class=\"cell known\""), "a known-issue cell");
        assertTrue(html.contains("Generated 2026-11-26 14:00 UTC"), "generation time");
    }

    @Test
    public void mainPrintsTheMatrixAndExitsZero() throws IOException {
        Path mainOut = out.resolve("from-main");
        Captured run = run(Fixtures.run().toString(), mainOut.toString());

        assertEquals(run.code, 0, run.err);
        assertTrue(run.out.contains("Parley conformance matrix"), run.out);
        assertTrue(Files.exists(mainOut.resolve("index.html")));
    }

    @Test
    public void anEmptyResultsDirectoryExitsNonZeroWithAClearMessage() throws IOException {
        Path empty = Files.createDirectories(out.resolve("empty-results"));

        Captured run = run(empty.toString(), out.resolve("nothing").toString());

        assertEquals(run.code, 1);
        assertTrue(run.err.contains("no test results (*-result.json) in " + empty.toAbsolutePath()), run.err);
        assertFalse(Files.exists(out.resolve("nothing")), "writes nothing");
    }

    @Test
    public void aMissingResultsDirectoryExitsNonZeroNamingIt() {
        Path missing = out.resolve("no-such-dir");

        Captured run = run(missing.toString(), out.resolve("nothing").toString());

        assertEquals(run.code, 1);
        assertTrue(run.err.contains("no allure-results directory at " + missing.toAbsolutePath()), run.err);
    }

    @Test
    public void resultsWithNoParleyTestExitNonZero() {
        Captured run = run(Fixtures.unpairedOnly().toString(), out.resolve("nothing").toString());

        assertEquals(run.code, 1);
        assertTrue(run.err.contains("no Parley test"), run.err);
    }

    @Test
    public void wrongArgumentsPrintUsageAndExitTwo() {
        Captured run = run(Fixtures.run().toString());

        assertEquals(run.code, 2);
        assertTrue(run.err.startsWith("usage: SummaryWriter ALLURE_RESULTS_DIR OUTPUT_DIR"), run.err);
    }

    private record Captured(int code, String out, String err) {
    }

    private static Captured run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SummaryWriter.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private JsonNode summaryJson() throws IOException {
        return MAPPER.readTree(out.resolve("summary.json").toFile());
    }

    private List<Verdict> verdicts(String feature) {
        ConformanceMatrix.Row row = matrix.rows().stream().filter(r -> r.feature().equals(feature)).findFirst().orElseThrow();
        return matrix.pairs().stream().map(pair -> matrix.cell(row, pair).verdict()).toList();
    }

    private TestOutcome find(String suite, String pair) {
        return matrix.tests().stream().filter(t -> t.suite().equals(suite) && t.pair().equals(pair)).findFirst().orElseThrow();
    }
}
