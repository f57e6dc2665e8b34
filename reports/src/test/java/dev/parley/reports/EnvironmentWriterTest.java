package dev.parley.reports;

import static org.testng.Assert.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.testng.annotations.Test;

public class EnvironmentWriterTest {

    @Test
    public void environmentPropertiesReadsBackAsTheGivenMap() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("Chromium", "156.0.7000.1");
        environment.put("ChromeDriver", "156.0.7000.1 (abc=def)");
        environment.put("Firefox ESR", "153.0esr");
        environment.put("odd key: with=separators", " leading space, back\\slash\nand a line break, ünïcode");
        Path results = Files.createTempDirectory("parley-results");

        Path file = EnvironmentWriter.write(results, environment);

        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            read.load(reader);
        }
        assertEquals(read, new Properties() {{ putAll(environment); }});
        Files.delete(file);
        Files.delete(results);
    }

    @Test
    public void entriesAreSortedByKey() throws IOException {
        Path results = Files.createTempDirectory("parley-results");

        Path file = EnvironmentWriter.write(results, Map.of("Firefox", "153", "Chromium", "156", "Java", "17"));

        assertEquals(Files.readString(file), "Chromium=156\nFirefox=153\nJava=17\n");
        Files.delete(file);
        Files.delete(results);
    }
}
