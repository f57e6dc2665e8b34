package dev.parley.reports;

import java.util.Map;

/** summary.md: the matrix as a GitHub-flavoured Markdown table, then the legend and known issues. */
public final class MarkdownMatrix {

    private MarkdownMatrix() {
    }

    public static String render(ConformanceMatrix matrix) {
        StringBuilder md = new StringBuilder("# Parley conformance matrix\n\n");
        md.append("| Feature |");
        matrix.pairs().forEach(pair -> md.append(' ').append(escape(pair)).append(" |"));
        md.append("\n|---|");
        matrix.pairs().forEach(pair -> md.append(":-:|"));
        md.append('\n');
        for (ConformanceMatrix.Row row : matrix.rows()) {
            md.append("| ").append(escape(row.feature())).append(" |");
            matrix.pairs().forEach(pair -> md.append(' ').append(matrix.cell(row, pair).verdict().symbol()).append(" |"));
            md.append('\n');
        }
        md.append("| **passed / failed / skipped** |");
        matrix.pairs().forEach(pair -> {
            ConformanceMatrix.PairCounts counts = matrix.counts(pair);
            md.append(' ').append(counts.passed()).append(" / ").append(counts.failed()).append(" / ").append(counts.skipped()).append(" |");
        });
        md.append("\n\n").append(Verdict.PASS.symbol()).append(" pass · ").append(Verdict.FAIL.symbol()).append(" fail · ")
                .append(Verdict.KNOWN_ISSUE.symbol()).append(" known issue (a failure matching a known browser bug) · blank: not run\n");
        Map<KnownIssue, Long> known = matrix.knownIssues();
        if (!known.isEmpty()) {
            md.append("\n## Known issues in this run\n\n");
            known.forEach((issue, count) -> {
                md.append("- ");
                if (issue.link() != null && !issue.link().isBlank()) {
                    md.append('[').append(escape(issue.id())).append("](").append(issue.link()).append(')');
                } else {
                    md.append('`').append(issue.id()).append('`');
                }
                md.append(": ").append(escape(issue.title())).append(" (").append(count).append(count == 1 ? " result)\n" : " results)\n");
            });
        }
        md.append("\nFull report: [allure/index.html](allure/index.html)\n");
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
