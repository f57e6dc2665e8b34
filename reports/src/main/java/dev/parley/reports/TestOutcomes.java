package dev.parley.reports;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns raw Allure results into one {@link TestOutcome} per test and pairing: results without a
 * "pair" parameter are not Parley matrix tests and are left out (logged); of the results of one
 * test on one pairing (TestNG retries, a result directory reused across runs) the latest wins.
 */
public final class TestOutcomes {
    /** The parameter naming the pairing, e.g. chrome->firefox. */
    public static final String PAIR = "pair";
    private static final Logger LOG = LoggerFactory.getLogger(TestOutcomes.class);
    private static final Comparator<AllureResult> LATEST_LAST = Comparator
            .comparingLong(AllureResult::stop)
            .thenComparingLong(AllureResult::start)
            .thenComparing(r -> r.uuid() == null ? "" : r.uuid());

    private TestOutcomes() {
    }

    /** Deduplicated, classified outcomes, sorted by suite, name and pair. */
    public static List<TestOutcome> from(List<AllureResult> results, KnownIssues knownIssues) {
        Map<String, AllureResult> latest = new LinkedHashMap<>();
        int unpaired = 0;
        for (AllureResult result : results) {
            if (result.parameter(PAIR).filter(p -> !p.isBlank()).isEmpty()) {
                unpaired++;
                continue;
            }
            latest.merge(identity(result), result, (a, b) -> LATEST_LAST.compare(a, b) >= 0 ? a : b);
        }
        if (unpaired > 0) {
            LOG.warn("{} Allure result(s) have no \"{}\" parameter and are not in the matrix", unpaired, PAIR);
        }
        int duplicates = results.size() - unpaired - latest.size();
        if (duplicates > 0) {
            LOG.info("{} earlier result(s) of retried or repeated tests were superseded by the latest", duplicates);
        }
        return latest.values().stream()
                .map(r -> outcome(r, knownIssues))
                .sorted(Comparator.comparing(TestOutcome::suite).thenComparing(TestOutcome::name)
                        .thenComparing(TestOutcome::pair, ConformanceMatrix.PAIR_ORDER))
                .collect(Collectors.toList());
    }

    /** fullName + pair, plus any other parameters so that other data-provider rows stay apart. */
    private static String identity(AllureResult result) {
        Map<String, String> parameters = new TreeMap<>();
        result.parameters().forEach(p -> parameters.put(p.name(), p.value()));
        return result.fullName() + " " + parameters;
    }

    private static TestOutcome outcome(AllureResult result, KnownIssues knownIssues) {
        String suite = result.label("suite").orElse("unknown");
        String name = result.name() != null ? result.name() : String.valueOf(result.fullName());
        String feature = result.label("feature").filter(f -> !f.isBlank()).orElse(suite + ": " + name);
        return new TestOutcome(suite, name, result.fullName(), feature, result.parameter(PAIR).orElseThrow(),
                result.status(), result.durationMs(), knownIssues.classify(result), result.message());
    }
}
