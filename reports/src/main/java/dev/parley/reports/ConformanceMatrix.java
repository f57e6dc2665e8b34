package dev.parley.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Feature rows x pairing columns. A cell aggregates the tests of that feature on that pairing:
 * any plain failure makes it FAIL, else any known issue KNOWN_ISSUE, else any pass PASS; a cell
 * whose tests were all skipped, or that has none, is NOT_RUN.
 */
public final class ConformanceMatrix {
    /** The order suites appear in, top to bottom; others follow alphabetically. */
    public static final List<String> SUITE_ORDER = List.of("signaling", "ice", "connection", "datachannel", "media");
    /** The order peer kinds appear in, left to right; others follow alphabetically. */
    public static final List<String> PEER_ORDER = List.of("chrome", "firefox", "java");
    /** Orders pairs by their first peer, then their second, in {@link #PEER_ORDER}. */
    public static final Comparator<String> PAIR_ORDER = Comparator
            .comparing((String pair) -> peerRank(side(pair, 0))).thenComparing(pair -> side(pair, 0))
            .thenComparing(pair -> peerRank(side(pair, 1))).thenComparing(pair -> side(pair, 1));

    /** A matrix row: a feature within a suite. */
    public record Row(String suite, String feature) {
    }

    /** A cell: its verdict and the tests behind it. */
    public record Cell(Verdict verdict, List<TestOutcome> tests) {
        public Cell {
            tests = List.copyOf(tests);
        }

        public long count(Verdict wanted) {
            return tests.stream().filter(t -> t.verdict() == wanted).count();
        }
    }

    /** Per pairing: failed includes broken and known issues. */
    public record PairCounts(int passed, int failed, int skipped) {
    }

    private final List<Row> rows;
    private final List<String> pairs;
    private final Map<Row, Map<String, Cell>> cells;
    private final List<TestOutcome> tests;

    private ConformanceMatrix(List<Row> rows, List<String> pairs, Map<Row, Map<String, Cell>> cells, List<TestOutcome> tests) {
        this.rows = rows;
        this.pairs = pairs;
        this.cells = cells;
        this.tests = tests;
    }

    public static ConformanceMatrix of(List<TestOutcome> tests) {
        Map<Row, Map<String, List<TestOutcome>>> grouped = new LinkedHashMap<>();
        TreeSet<String> pairs = new TreeSet<>(PAIR_ORDER);
        for (TestOutcome test : tests) {
            pairs.add(test.pair());
            grouped.computeIfAbsent(new Row(test.suite(), test.feature()), r -> new LinkedHashMap<>())
                    .computeIfAbsent(test.pair(), p -> new ArrayList<>()).add(test);
        }
        List<Row> rows = grouped.keySet().stream()
                .sorted(Comparator.comparing((Row r) -> suiteRank(r.suite())).thenComparing(Row::suite).thenComparing(Row::feature))
                .toList();
        Map<Row, Map<String, Cell>> cells = new LinkedHashMap<>();
        grouped.forEach((row, byPair) -> {
            Map<String, Cell> rowCells = new LinkedHashMap<>();
            byPair.forEach((pair, cellTests) -> rowCells.put(pair, new Cell(
                    cellTests.stream().map(TestOutcome::verdict).reduce(Verdict.NOT_RUN, Verdict::worst), cellTests)));
            cells.put(row, rowCells);
        });
        return new ConformanceMatrix(rows, List.copyOf(pairs), cells, List.copyOf(tests));
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> pairs() {
        return pairs;
    }

    public List<TestOutcome> tests() {
        return tests;
    }

    /** The cell, or an empty NOT_RUN cell when no test of the feature ran on that pairing. */
    public Cell cell(Row row, String pair) {
        return Optional.ofNullable(cells.getOrDefault(row, Map.of()).get(pair)).orElse(new Cell(Verdict.NOT_RUN, List.of()));
    }

    public PairCounts counts(String pair) {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        for (TestOutcome test : tests) {
            if (!test.pair().equals(pair)) {
                continue;
            }
            if (test.status() == TestStatus.PASSED) {
                passed++;
            } else if (test.status() == TestStatus.SKIPPED) {
                skipped++;
            } else {
                failed++;
            }
        }
        return new PairCounts(passed, failed, skipped);
    }

    /** How many tests of the whole run have the verdict. */
    public long count(Verdict verdict) {
        return tests.stream().filter(t -> t.verdict() == verdict).count();
    }

    /** The known issues seen in this run, each with the number of failed results it explains. */
    public Map<KnownIssue, Long> knownIssues() {
        Map<KnownIssue, Long> seen = new LinkedHashMap<>();
        tests.stream().flatMap(t -> t.knownIssue().stream())
                .forEach(issue -> seen.merge(issue, 1L, Long::sum));
        return seen;
    }

    private static int suiteRank(String suite) {
        int rank = SUITE_ORDER.indexOf(suite);
        return rank < 0 ? SUITE_ORDER.size() : rank;
    }

    private static int peerRank(String peer) {
        int rank = PEER_ORDER.indexOf(peer);
        return rank < 0 ? PEER_ORDER.size() : rank;
    }

    private static String side(String pair, int index) {
        String[] sides = pair.split("->", 2);
        return index < sides.length ? sides[index].trim() : "";
    }
}
