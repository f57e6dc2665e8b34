package dev.parley.reports;

/** What a matrix cell shows. */
public enum Verdict {
    PASS("✅", "pass"),
    FAIL("❌", "fail"),
    KNOWN_ISSUE("⚠", "known issue"),
    NOT_RUN("", "not run");

    private final String symbol;
    private final String words;

    Verdict(String symbol, String words) {
        this.symbol = symbol;
        this.words = words;
    }

    /** The mark used in summary.md and index.html; blank for NOT_RUN. */
    public String symbol() {
        return symbol;
    }

    /** Lower-case words for legends and tooltips. */
    public String words() {
        return words;
    }

    /** The verdict of a cell holding both: a plain failure outranks a known issue, which outranks a pass. */
    public Verdict worst(Verdict other) {
        return ordinalRank() >= other.ordinalRank() ? this : other;
    }

    private int ordinalRank() {
        return switch (this) {
            case FAIL -> 3;
            case KNOWN_ISSUE -> 2;
            case PASS -> 1;
            case NOT_RUN -> 0;
        };
    }
}
