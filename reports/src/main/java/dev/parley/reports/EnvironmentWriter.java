package dev.parley.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes allure-results/environment.properties, shown as "Environment" on the Allure report's
 * overview: browser and driver versions, OS, JDK, as the launcher collected them.
 */
public final class EnvironmentWriter {

    private EnvironmentWriter() {
    }

    /** Writes the entries sorted by key, in java.util.Properties syntax, replacing any earlier file. */
    public static Path write(Path resultsDir, Map<String, String> environment) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(environment).forEach((key, value) ->
                text.append(escape(key, true)).append('=').append(escape(value == null ? "" : value, false)).append('\n'));
        Path file = resultsDir.resolve("environment.properties");
        try {
            Files.createDirectories(resultsDir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException("cannot write " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** Properties escaping (the file stays ASCII): backslash, separators in keys, line breaks, leading spaces, and non-ASCII as unicode escapes. */
    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '=', ':', '#', '!' -> out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
