package dev.parley.reports;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

/** The fake allure-results under src/test/resources/results and helpers to make outcomes. */
final class Fixtures {

    private Fixtures() {
    }

    /** A run of 11 result files: retries, a broken test, known issues by message and by label, one unpaired, one unreadable. */
    static Path run() {
        return resource("/results/run");
    }

    static Path unpairedOnly() {
        return resource("/results/unpaired-only");
    }

    static KnownIssues knownIssues() {
        return KnownIssues.load(resource("/known-issues-test.json"));
    }

    static TestOutcome outcome(String suite, String feature, String pair, TestStatus status) {
        return new TestOutcome(suite, feature + " test", "dev.parley.X." + feature.hashCode(), feature, pair, status, 10,
                Optional.empty(), status == TestStatus.PASSED ? null : "it went wrong");
    }

    private static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
