package dev.parley.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads every {@code *-result.json} of an allure-results directory; containers and attachments are ignored. */
public final class AllureResultsReader {
    private static final Logger LOG = LoggerFactory.getLogger(AllureResultsReader.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AllureResultsReader() {
    }

    /**
     * @throws ReportException when the directory does not exist or holds no result file; a single
     *                         unreadable file is logged and skipped
     */
    public static List<AllureResult> read(Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            throw new ReportException("no allure-results directory at " + resultsDir.toAbsolutePath()
                    + ": did the suites run? (they write it through allure-testng)");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(resultsDir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith("-result.json")).sorted().toList();
        } catch (IOException e) {
            throw new ReportException("cannot list " + resultsDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new ReportException("no test results (*-result.json) in " + resultsDir.toAbsolutePath()
                    + ": the run produced no results, so there is no matrix to report");
        }
        List<AllureResult> results = new ArrayList<>();
        for (Path file : files) {
            try {
                results.add(parse(MAPPER.readTree(file.toFile())));
            } catch (IOException | RuntimeException e) {
                LOG.warn("skipping unreadable Allure result {}: {}", file, e.getMessage());
            }
        }
        return results;
    }

    static AllureResult parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode details = json.path("statusDetails");
        return new AllureResult(
                text(json, "uuid"),
                text(json, "name"),
                text(json, "fullName"),
                TestStatus.fromAllure(text(json, "status")),
                json.path("start").asLong(0),
                json.path("stop").asLong(0),
                nameValues(json.path("labels")),
                nameValues(json.path("parameters")),
                text(details, "message"),
                text(details, "trace"));
    }

    private static List<AllureResult.NameValue> nameValues(JsonNode array) {
        List<AllureResult.NameValue> values = new ArrayList<>();
        for (JsonNode item : array) {
            String name = text(item, "name");
            if (name != null) {
                values.add(new AllureResult.NameValue(name, text(item, "value")));
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
