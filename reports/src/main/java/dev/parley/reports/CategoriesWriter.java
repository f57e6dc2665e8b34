package dev.parley.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes allure-results/categories.json: "Known browser bugs" (failed or broken results whose
 * message matches a pattern of known-issues.json or carries a {@link KnownIssues#MARKER}), then "Product defects" (other failed results)
 * and "Test defects" (other broken results). Allure puts a result in every category it matches
 * (message regexes are full matches with DOTALL), so the last two exclude the known patterns.
 * A failed result with no message at all falls in Allure's own default "Product defects".
 *
 * <pre>
 * java -cp ... dev.parley.reports.CategoriesWriter ALLURE_RESULTS_DIR
 * </pre>
 */
public final class CategoriesWriter {
    public static final String KNOWN_BROWSER_BUGS = "Known browser bugs";
    public static final String PRODUCT_DEFECTS = "Product defects";
    public static final String TEST_DEFECTS = "Test defects";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CategoriesWriter() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: CategoriesWriter ALLURE_RESULTS_DIR");
            ProcessExit.with(2);
            return;
        }
        try {
            write(Path.of(args[0]), KnownIssues.bundled());
        } catch (ReportException e) {
            System.err.println("parley report: " + e.getMessage());
            ProcessExit.with(1);
        }
    }

    /** Writes categories.json into the results directory (created if missing). */
    public static Path write(Path resultsDir, KnownIssues knownIssues) {
        Path file = resultsDir.resolve("categories.json");
        try {
            Files.createDirectories(resultsDir);
            Files.writeString(file, json(knownIssues), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return file;
    }

    static String json(KnownIssues knownIssues) {
        ArrayNode categories = MAPPER.createArrayNode();
        String anyKnown = Stream.concat(Stream.of(KnownIssues.MARKER.pattern()), knownIssues.all().stream().map(KnownIssue::pattern))
                .map(pattern -> "(?:" + pattern + ")").collect(Collectors.joining("|"));
        category(categories, KNOWN_BROWSER_BUGS, "failed", "broken").put("messageRegex", ".*(?:" + anyKnown + ").*");
        String notKnown = "(?!.*(?:" + anyKnown + ")).*";
        category(categories, PRODUCT_DEFECTS, "failed").put("messageRegex", notKnown);
        category(categories, TEST_DEFECTS, "broken").put("messageRegex", notKnown);
        try {
            return MAPPER.writeValueAsString(categories) + "\n";
        } catch (IOException e) {
            throw new ReportException("cannot serialize categories.json", e);
        }
    }

    private static ObjectNode category(ArrayNode categories, String name, String... statuses) {
        ObjectNode category = categories.addObject().put("name", name);
        ArrayNode matched = category.putArray("matchedStatuses");
        for (String status : statuses) {
            matched.add(status);
        }
        return category;
    }
}
