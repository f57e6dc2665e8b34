package dev.parley.reports;

import java.util.Locale;

/** An Allure result status, with the lower-case string Allure writes. */
public enum TestStatus {
    PASSED, FAILED, BROKEN, SKIPPED, UNKNOWN;

    /** Parses Allure's string; anything unrecognised (or missing) is UNKNOWN. */
    public static TestStatus fromAllure(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    /** The string Allure writes, e.g. "passed". */
    public String allure() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Counts as failed in the summary: failed, broken (an error outside an assertion) and unknown. */
    public boolean isFailure() {
        return this == FAILED || this == BROKEN || this == UNKNOWN;
    }
}
