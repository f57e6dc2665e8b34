package dev.parley.reports;

import java.util.List;
import java.util.Optional;

/**
 * The fields Parley reads from one allure-results {@code *-result.json} file.
 *
 * @param uuid       the result's id (also the file name's prefix)
 * @param name       the test's display name
 * @param fullName   class and method, e.g. dev.parley.suites.signaling.OfferAnswerTest.stateSequence
 * @param status     passed, failed, broken, skipped
 * @param start      epoch ms
 * @param stop       epoch ms
 * @param labels     name/value labels, e.g. suite, feature, known-issue
 * @param parameters name/value parameters, e.g. pair=chrome->firefox
 * @param message    statusDetails.message, or null
 * @param trace      statusDetails.trace, or null
 */
public record AllureResult(
        String uuid,
        String name,
        String fullName,
        TestStatus status,
        long start,
        long stop,
        List<NameValue> labels,
        List<NameValue> parameters,
        String message,
        String trace) {

    /** A label or parameter. */
    public record NameValue(String name, String value) {
    }

    public AllureResult {
        labels = List.copyOf(labels);
        parameters = List.copyOf(parameters);
    }

    /** The first label of that name. */
    public Optional<String> label(String labelName) {
        return labels.stream().filter(l -> labelName.equals(l.name())).map(NameValue::value).findFirst();
    }

    /** The first parameter of that name. */
    public Optional<String> parameter(String parameterName) {
        return parameters.stream().filter(p -> parameterName.equals(p.name())).map(NameValue::value).findFirst();
    }

    /** stop - start, or 0 when either is missing. */
    public long durationMs() {
        return start > 0 && stop >= start ? stop - start : 0;
    }
}
