package dev.parley.reports;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A browser bug Parley knows about: a failed test whose failure message matches {@link #pattern}
 * (or that carries a {@code known-issue} label with this id) is reported as a known issue. It stays
 * a failed test; only its classification changes.
 *
 * @param id      short stable name, e.g. "chrome-dc-early-message-loss"
 * @param pattern a Java regex found anywhere in the failure message or trace (dot matches newlines)
 * @param link    the bug tracker entry, or null
 * @param title   one line for people
 */
public record KnownIssue(String id, String pattern, String link, String title) {

    public KnownIssue {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pattern, "pattern of " + id);
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("known issue '" + id + "' has an invalid pattern: " + e.getMessage(), e);
        }
        if (title == null || title.isBlank()) {
            title = id;
        }
    }

    /** True when the pattern occurs in the text, with Allure's semantics (DOTALL). */
    public boolean matches(String text) {
        return text != null && Pattern.compile(pattern, Pattern.DOTALL).matcher(text).find();
    }
}
