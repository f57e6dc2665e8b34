package dev.parley.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an allure-results directory into the run's summary: summary.json (counts per pairing and
 * one line per test), summary.md and index.html (the conformance matrix), and prints the matrix.
 *
 * <pre>
 * java -cp ... dev.parley.reports.SummaryWriter ALLURE_RESULTS_DIR OUTPUT_DIR
 * </pre>
 * Exit code 0 when the summary was written (whatever the tests' outcome), 1 when there are no
 * results to summarise, 2 on a usage error.
 */
public final class SummaryWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryWriter.class);
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryWriter() {
    }

    public static void main(String[] args) {
        ProcessExit.with(run(args, System.out, System.err));
    }

    /** main() without leaving the JVM: returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: SummaryWriter ALLURE_RESULTS_DIR OUTPUT_DIR");
            return 2;
        }
        try {
            ConformanceMatrix matrix = write(Path.of(args[0]), Path.of(args[1]));
            MatrixPrinter.print(matrix, out);
            out.println("Summary written to " + Path.of(args[1]).toAbsolutePath().resolve("index.html"));
            return 0;
        } catch (ReportException e) {
            err.println("parley report: " + e.getMessage());
            return 1;
        }
    }

    /** Writes summary.json, summary.md and index.html into outDir, with the bundled known issues. */
    public static ConformanceMatrix write(Path resultsDir, Path outDir) {
        return write(resultsDir, outDir, KnownIssues.bundled(), Clock.systemUTC());
    }

    public static ConformanceMatrix write(Path resultsDir, Path outDir, KnownIssues knownIssues, Clock clock) {
        ConformanceMatrix matrix = ConformanceMatrix.of(TestOutcomes.from(AllureResultsReader.read(resultsDir), knownIssues));
        if (matrix.tests().isEmpty()) {
            throw new ReportException("the results in " + resultsDir.toAbsolutePath()
                    + " hold no Parley test (none has a \"" + TestOutcomes.PAIR + "\" parameter)");
        }
        try {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve("summary.json"), summaryJson(matrix), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve("summary.md"), MarkdownMatrix.render(matrix), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve("index.html"), HtmlMatrix.render(matrix, clock.instant()), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve("wpt-coverage.json"), MAPPER.writeValueAsString(
                    WptCoverage.bundled().measure(matrix.tests().stream().map(TestOutcome::name).distinct().toList())) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write the summary into " + outDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        LOG.info("summary of {} tests on {} pairings written to {}", matrix.tests().size(), matrix.pairs().size(), outDir);
        return matrix;
    }

    /**
     * {"pairs": {PAIR: {"passed", "failed", "skipped"}}, "tests": [{"suite", "name", "pair", "status", "durationMs"}]};
     * broken (and unknown) count as failed, known issues too.
     */
    static String summaryJson(ConformanceMatrix matrix) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode pairs = root.putObject("pairs");
        for (String pair : matrix.pairs()) {
            ConformanceMatrix.PairCounts counts = matrix.counts(pair);
            pairs.putObject(pair).put("passed", counts.passed()).put("failed", counts.failed()).put("skipped", counts.skipped());
        }
        ArrayNode tests = root.putArray("tests");
        for (TestOutcome test : matrix.tests()) {
            tests.addObject().put("suite", test.suite()).put("name", test.name()).put("pair", test.pair())
                    .put("status", test.status().allure()).put("durationMs", test.durationMs());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new ReportException("cannot serialize summary.json", e);
        }
    }
}
