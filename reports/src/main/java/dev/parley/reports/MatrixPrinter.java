package dev.parley.reports;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The matrix as plain text for a terminal, printed at the end of a run. Words instead of emoji
 * keep the columns aligned in every terminal; ANSI colours are optional.
 */
public final class MatrixPrinter {
    private static final String RESET = "\u001b[0m";

    private MatrixPrinter() {
    }

    /** Prints the matrix, coloured when the JVM has a console. */
    public static void print(ConformanceMatrix matrix, PrintStream out) {
        out.print(render(matrix, System.console() != null));
    }

    public static String render(ConformanceMatrix matrix, boolean ansiColours) {
        List<String> header = new ArrayList<>();
        header.add("feature");
        header.addAll(matrix.pairs());
        List<List<String>> body = new ArrayList<>();
        for (ConformanceMatrix.Row row : matrix.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.feature());
            matrix.pairs().forEach(pair -> line.add(word(matrix.cell(row, pair).verdict())));
            body.add(line);
        }
        List<String> totals = new ArrayList<>();
        totals.add("passed/failed/skipped");
        matrix.pairs().forEach(pair -> {
            ConformanceMatrix.PairCounts c = matrix.counts(pair);
            totals.add(c.passed() + "/" + c.failed() + "/" + c.skipped());
        });
        int[] widths = new int[header.size()];
        for (List<String> line : concat(header, body, totals)) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder("Parley conformance matrix (pass, FAIL, known = known browser issue, - = not run)\n");
        appendLine(text, header, widths, false);
        appendRule(text, widths);
        body.forEach(line -> appendLine(text, line, widths, ansiColours));
        appendRule(text, widths);
        appendLine(text, totals, widths, false);
        return text.toString();
    }

    private static String word(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "pass";
            case FAIL -> "FAIL";
            case KNOWN_ISSUE -> "known";
            case NOT_RUN -> "-";
        };
    }

    private static String colour(String word) {
        return switch (word) {
            case "pass" -> "\u001b[32m";
            case "FAIL" -> "\u001b[1;31m";
            case "known" -> "\u001b[33m";
            default -> "";
        };
    }

    private static void appendLine(StringBuilder text, List<String> line, int[] widths, boolean ansiColours) {
        for (int i = 0; i < line.size(); i++) {
            String cell = line.get(i);
            boolean last = i + 1 == line.size();
            String padded = last ? cell : cell + " ".repeat(widths[i] - cell.length());
            String start = i > 0 && ansiColours ? colour(cell) : "";
            text.append(start).append(padded).append(start.isEmpty() ? "" : RESET).append(last ? "" : "  ");
        }
        text.append('\n');
    }

    private static void appendRule(StringBuilder text, int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        text.append("-".repeat(total + 2 * (widths.length - 1))).append('\n');
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> body, List<String> totals) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(body);
        all.add(totals);
        return all;
    }
}
