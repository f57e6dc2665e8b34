package dev.parley.reports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list of known browser bugs, from known-issues.json: a JSON array of
 * {@code {"id", "pattern", "link", "title"}}. The bundled list is the resource
 * {@code /known-issues.json} of this module.
 */
public final class KnownIssues {
    /** The label a test may carry (value: a known issue id) to be reported as that known issue. */
    public static final String LABEL = "known-issue";
    /**
     * A failure message (or trace) may name its known issue itself with "[known-issue:ID]": unlike
     * a label, Allure's categories can see it. See {@link #marker(String)}.
     */
    public static final Pattern MARKER = Pattern.compile("\\[known-issue:([A-Za-z0-9._-]+)\\]");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<KnownIssue>> LIST = new TypeReference<>() {};

    private final List<KnownIssue> issues;

    public KnownIssues(List<KnownIssue> issues) {
        this.issues = List.copyOf(issues);
    }

    /** The list bundled with Parley (reports/src/main/resources/known-issues.json). */
    public static KnownIssues bundled() {
        try (InputStream in = KnownIssues.class.getResourceAsStream("/known-issues.json")) {
            if (in == null) {
                throw new ReportException("known-issues.json is missing from the reports module's resources");
            }
            return new KnownIssues(MAPPER.readValue(in, LIST));
        } catch (IOException e) {
            throw new ReportException("cannot read the bundled known-issues.json: " + e.getMessage(), e);
        }
    }

    public static KnownIssues load(Path file) {
        try {
            return new KnownIssues(MAPPER.readValue(Files.readAllBytes(file), LIST));
        } catch (IOException e) {
            throw new ReportException("cannot read known issues from " + file + ": " + e.getMessage(), e);
        }
    }

    /** The text to put in a failure message to classify it as the known issue: "[known-issue:ID]". */
    public static String marker(String id) {
        if (!MARKER.matcher("[known-issue:" + id + "]").matches()) {
            throw new IllegalArgumentException("a known issue id is letters, digits, '.', '_' and '-': " + id);
        }
        return "[known-issue:" + id + "]";
    }

    private static Optional<String> markedId(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = MARKER.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public List<KnownIssue> all() {
        return issues;
    }

    public Optional<KnownIssue> byId(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /**
     * The known issue a failed result is, or empty. A {@value #LABEL} label wins, then a
     * {@link #MARKER} in the failure message or trace (an id not in the list still counts, titled
     * by its id); else the first issue whose pattern occurs in the failure message or trace.
     * Passed and skipped results are never known issues.
     */
    public Optional<KnownIssue> classify(AllureResult result) {
        if (!result.status().isFailure()) {
            return Optional.empty();
        }
        Optional<String> named = result.label(LABEL).filter(v -> v != null && !v.isBlank()).map(String::trim)
                .or(() -> markedId(result.message())).or(() -> markedId(result.trace()));
        if (named.isPresent()) {
            String id = named.get();
            return Optional.of(byId(id).orElseGet(() -> new KnownIssue(id, Pattern.quote(marker(id)), null, id)));
        }
        return issues.stream().filter(i -> i.matches(result.message()) || i.matches(result.trace())).findFirst();
    }
}
