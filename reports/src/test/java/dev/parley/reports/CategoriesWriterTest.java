package dev.parley.reports;

import static org.testng.Assert.assertEquals;
import static org.testng.Assert.assertFalse;
import static org.testng.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.testng.annotations.Test;

public class CategoriesWriterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    public void categoriesAreKnownBrowserBugsThenProductDefectsThenTestDefects() throws IOException {
        JsonNode categories = MAPPER.readTree(CategoriesWriter.json(Fixtures.knownIssues()));

        assertEquals(names(categories), List.of("Known browser bugs", "Product defects", "Test defects"));
        assertEquals(categories.get(0).get("matchedStatuses").toString(), "[\"failed\",\"broken\"]");
        assertEquals(categories.get(1).get("matchedStatuses").toString(), "[\"failed\"]");
        assertEquals(categories.get(2).get("matchedStatuses").toString(), "[\"broken\"]");
    }

    @Test
    public void aMessageMatchingAKnownPatternFallsOnlyInKnownBrowserBugsAsAllureMatchesIt() throws IOException {
        JsonNode categories = MAPPER.readTree(CategoriesWriter.json(Fixtures.knownIssues()));
        String message = "expected 100 messages but received 99:\nfirst message lost after channel open";

        assertTrue(allureMatches(categories.get(0), message));
        assertFalse(allureMatches(categories.get(1), message));
        assertFalse(allureMatches(categories.get(2), message));
    }

    @Test
    public void anyOtherFailureMessageIsAProductOrTestDefect() throws IOException {
        JsonNode categories = MAPPER.readTree(CategoriesWriter.json(Fixtures.knownIssues()));
        String message = "expected [have-remote-offer, stable]\nbut found [stable]";

        assertFalse(allureMatches(categories.get(0), message));
        assertTrue(allureMatches(categories.get(1), message));
        assertTrue(allureMatches(categories.get(2), message));
    }

    @Test
    public void aMessageCarryingAKnownIssueMarkerIsAKnownBrowserBugEvenWithNoListedIssues() throws IOException {
        JsonNode categories = MAPPER.readTree(CategoriesWriter.json(new KnownIssues(List.of())));
        String marked = "channel never opened " + KnownIssues.marker("firefox-123");

        assertTrue(allureMatches(categories.get(0), marked));
        assertFalse(allureMatches(categories.get(1), marked));
        assertTrue(allureMatches(categories.get(1), "channel never opened"));
    }

    @Test
    public void writeCreatesCategoriesJsonInTheResultsDirectory() throws IOException {
        Path results = Files.createTempDirectory("parley-results");
        Path file = CategoriesWriter.write(results, Fixtures.knownIssues());

        assertEquals(file, results.resolve("categories.json"));
        assertEquals(MAPPER.readTree(file.toFile()).size(), 3);
        Files.delete(file);
        Files.delete(results);
    }

    @Test
    public void theBundledKnownIssuesListLoads() {
        KnownIssues.bundled().all().forEach(issue -> assertFalse(issue.id().isBlank()));
    }

    /** Allure 2's CategoriesPlugin: Pattern.compile(regex, DOTALL).matcher(message).matches(). */
    private static boolean allureMatches(JsonNode category, String message) {
        JsonNode regex = category.get("messageRegex");
        return regex == null || Pattern.compile(regex.asText(), Pattern.DOTALL).matcher(message).matches();
    }

    private static List<String> names(JsonNode categories) {
        List<String> names = new ArrayList<>();
        categories.forEach(c -> names.add(c.get("name").asText()));
        return names;
    }
}
