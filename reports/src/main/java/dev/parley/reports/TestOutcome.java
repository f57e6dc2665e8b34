package dev.parley.reports;

import java.util.Optional;

/**
 * One Parley test on one pairing, after retries and duplicates were resolved.
 *
 * @param suite      the "suite" label: signaling, ice, connection, datachannel, media, ...
 * @param name       the test's name
 * @param fullName   class and method
 * @param feature    the matrix row: the "feature" label, else "suite: name"
 * @param pair       the "pair" parameter, e.g. chrome->firefox
 * @param status     the Allure status
 * @param durationMs stop - start
 * @param knownIssue the known browser bug this failure is, if it is one
 * @param message    the failure message, or null
 */
public record TestOutcome(
        String suite,
        String name,
        String fullName,
        String feature,
        String pair,
        TestStatus status,
        long durationMs,
        Optional<KnownIssue> knownIssue,
        String message) {

    /** This test's cell verdict on its own. */
    public Verdict verdict() {
        if (status == TestStatus.SKIPPED) {
            return Verdict.NOT_RUN;
        }
        if (status == TestStatus.PASSED) {
            return Verdict.PASS;
        }
        return knownIssue.isPresent() ? Verdict.KNOWN_ISSUE : Verdict.FAIL;
    }
}
