package dev.parley.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * index.html, the report's first page: one self-contained file (inline CSS, no script, no
 * external resource) with the run's totals, the matrix with coloured cells and per-pair counts,
 * the known issues, and links to the full Allure report in allure/index.html.
 */
public final class HtmlMatrix {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final String ALLURE = "allure/index.html";

    private HtmlMatrix() {
    }

    public static String render(ConformanceMatrix matrix, Instant generatedAt) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Parley conformance matrix</title>
                <style>
                """).append(CSS).append("""
                </style>
                </head>
                <body>
                <header>
                  <div>
                    <h1>Parley conformance matrix</h1>
                    <p class="sub">WebRTC interoperability, feature by feature, for every pairing of peers</p>
                  </div>
                """);
        html.append("  <a class=\"button\" href=\"").append(ALLURE).append("\">Open the full Allure report &rarr;</a>\n</header>\n");
        html.append("<section class=\"totals\">\n");
        card(html, "total", "Tests", matrix.tests().size());
        card(html, "pass", "Passed", matrix.count(Verdict.PASS));
        card(html, "fail", "Failed", matrix.count(Verdict.FAIL));
        card(html, "known", "Known issues", matrix.count(Verdict.KNOWN_ISSUE));
        card(html, "skip", "Not run", matrix.count(Verdict.NOT_RUN));
        html.append("</section>\n");

        html.append("<div class=\"matrix-wrap\"><table class=\"matrix\">\n<thead>\n<tr><th class=\"feature\">Feature</th>");
        for (String pair : matrix.pairs()) {
            html.append("<th class=\"pair\">").append(pairLabel(pair)).append("</th>");
        }
        html.append("</tr>\n<tr class=\"counts\"><th class=\"feature\">passed / failed / skipped</th>");
        for (String pair : matrix.pairs()) {
            ConformanceMatrix.PairCounts c = matrix.counts(pair);
            html.append("<td><span class=\"n-pass\">").append(c.passed()).append("</span> / <span class=\"n-fail\">")
                    .append(c.failed()).append("</span> / <span class=\"n-skip\">").append(c.skipped()).append("</span></td>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        String suite = null;
        for (ConformanceMatrix.Row row : matrix.rows()) {
            if (!row.suite().equals(suite)) {
                suite = row.suite();
                html.append("<tr class=\"suite\"><th colspan=\"").append(matrix.pairs().size() + 1).append("\">")
                        .append(escape(suite)).append("</th></tr>\n");
            }
            html.append("<tr><th class=\"feature\" scope=\"row\">").append(escape(row.feature())).append("</th>");
            for (String pair : matrix.pairs()) {
                ConformanceMatrix.Cell cell = matrix.cell(row, pair);
                html.append("<td class=\"cell ").append(cssClass(cell.verdict())).append("\" title=\"")
                        .append(escape(tooltip(row, pair, cell))).append("\">");
                if (cell.verdict() != Verdict.NOT_RUN) {
                    html.append("<a href=\"").append(ALLURE).append("\">").append(mark(cell.verdict())).append("</a>");
                }
                html.append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");

        html.append("<p class=\"legend\"><span class=\"chip pass\">").append(mark(Verdict.PASS)).append(" pass</span>")
                .append("<span class=\"chip fail\">").append(mark(Verdict.FAIL)).append(" fail</span>")
                .append("<span class=\"chip known\">").append(mark(Verdict.KNOWN_ISSUE))
                .append(" known issue: a failure matching a known browser bug</span>")
                .append("<span class=\"chip skip\">blank: not run</span></p>\n");

        Map<KnownIssue, Long> known = matrix.knownIssues();
        if (!known.isEmpty()) {
            html.append("<section class=\"known-issues\"><h2>Known issues in this run</h2><ul>\n");
            known.forEach((issue, count) -> {
                html.append("<li><code>").append(escape(issue.id())).append("</code> ");
                if (issue.link() != null && !issue.link().isBlank()) {
                    html.append("<a href=\"").append(escape(issue.link())).append("\">").append(escape(issue.title())).append("</a>");
                } else {
                    html.append(escape(issue.title()));
                }
                html.append(" <span class=\"muted\">(").append(count).append(count == 1 ? " result" : " results").append(")</span></li>\n");
            });
            html.append("</ul></section>\n");
        }
        html.append("<footer>Generated ").append(WHEN.format(generatedAt))
                .append(" &middot; every cell links to the <a href=\"").append(ALLURE)
                .append("\">Allure report</a> with the SDP, event timelines, stats and logs of each test</footer>\n")
                .append("</body>\n</html>\n");
        return html.toString();
    }

    private static void card(StringBuilder html, String kind, String label, long value) {
        html.append("  <div class=\"card ").append(kind).append("\"><div class=\"value\">").append(value)
                .append("</div><div class=\"label\">").append(label).append("</div></div>\n");
    }

    /** "chrome" over "&rarr; firefox": narrow columns, so seven or more pairings fit a laptop screen. */
    private static String pairLabel(String pair) {
        String[] sides = pair.split("->", 2);
        if (sides.length < 2) {
            return escape(pair);
        }
        return "<span class=\"from\">" + escape(sides[0]) + "</span><span class=\"to\"><span class=\"arrow\">&rarr;</span> "
                + escape(sides[1]) + "</span>";
    }

    /**
     * Text marks rather than the emoji of summary.md: they render in every font (many Linux
     * machines and CI browsers have no colour-emoji font) and take the cell's colour.
     */
    private static String mark(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "<span class=\"mark\">&#x2713;</span>";
            case FAIL -> "<span class=\"mark\">&#x2717;</span>";
            case KNOWN_ISSUE -> "<span class=\"mark\">&#x26A0;</span>";
            case NOT_RUN -> "";
        };
    }

    private static String cssClass(Verdict verdict) {
        return switch (verdict) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case KNOWN_ISSUE -> "known";
            case NOT_RUN -> "none";
        };
    }

    private static String tooltip(ConformanceMatrix.Row row, String pair, ConformanceMatrix.Cell cell) {
        if (cell.tests().isEmpty()) {
            return row.feature() + " on " + pair + ": not run";
        }
        List<String> lines = cell.tests().stream()
                .map(t -> t.verdict().words() + ": " + t.name()
                        + t.knownIssue().map(i -> " [" + i.id() + "]").orElse("")
                        + (t.verdict() == Verdict.FAIL && t.message() != null ? " (" + firstLine(t.message()) + ")" : ""))
                .collect(Collectors.toList());
        return row.feature() + " on " + pair + "\n" + String.join("\n", lines);
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root {
              --bg: #f5f7fa; --panel: #ffffff; --ink: #1f2933; --muted: #616e7c; --line: #e4e7eb;
              --pass: #e3f9e5; --pass-ink: #1f7a35; --fail: #ffe3e3; --fail-ink: #b42318;
              --known: #fff3c4; --known-ink: #8d6200; --none: #f8f9fb; --accent: #3b5bdb;
            }
            * { box-sizing: border-box; }
            body { margin: 0; padding: 32px 40px 48px; background: var(--bg); color: var(--ink);
                   font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            header { display: flex; align-items: center; justify-content: space-between; gap: 24px; margin-bottom: 24px; }
            h1 { margin: 0; font-size: 26px; letter-spacing: -0.01em; }
            h2 { font-size: 17px; margin: 0 0 10px; }
            .sub { margin: 4px 0 0; color: var(--muted); }
            a { color: var(--accent); }
            .button { background: var(--accent); color: #fff; text-decoration: none; padding: 10px 16px;
                      border-radius: 8px; font-weight: 600; white-space: nowrap; box-shadow: 0 1px 2px rgba(0,0,0,.12); }
            .button:hover { filter: brightness(1.08); }
            .totals { display: flex; gap: 14px; margin-bottom: 24px; flex-wrap: wrap; }
            .card { background: var(--panel); border: 1px solid var(--line); border-radius: 10px; padding: 12px 18px;
                    min-width: 130px; border-top: 4px solid var(--line); }
            .card .value { font-size: 26px; font-weight: 700; }
            .card .label { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
            .card.pass { border-top-color: var(--pass-ink); } .card.pass .value { color: var(--pass-ink); }
            .card.fail { border-top-color: var(--fail-ink); } .card.fail .value { color: var(--fail-ink); }
            .card.known { border-top-color: #e0a800; } .card.known .value { color: var(--known-ink); }
            .card.total { border-top-color: var(--accent); }
            .matrix-wrap { overflow-x: auto; background: var(--panel); border: 1px solid var(--line); border-radius: 10px;
                           box-shadow: 0 1px 3px rgba(16,24,40,.06); }
            table.matrix { border-collapse: separate; border-spacing: 0; width: 100%; }
            .matrix th, .matrix td { padding: 8px 12px; border-bottom: 1px solid var(--line); }
            .matrix thead th { background: #eef1f6; font-weight: 600; text-align: center; vertical-align: bottom; }
            .matrix th.feature { text-align: left; font-weight: 500; min-width: 280px; }
            .matrix thead th.feature { font-weight: 600; }
            th.pair { min-width: 92px; line-height: 1.25; }
            th.pair .from, th.pair .to { display: block; white-space: nowrap; }
            th.pair .to { font-weight: 500; color: #3e4c59; }
            th.pair .arrow { color: var(--muted); }
            .counts th, .counts td { background: #f8f9fc; font-size: 12px; color: var(--muted); text-align: center; }
            .counts th.feature { text-align: left; }
            .n-pass { color: var(--pass-ink); font-weight: 600; } .n-fail { color: var(--fail-ink); font-weight: 600; }
            tr.suite th { background: #f0f3f8; text-align: left; text-transform: uppercase; font-size: 11px;
                          letter-spacing: .08em; color: var(--muted); padding-top: 14px; }
            td.cell { text-align: center; font-size: 18px; font-weight: 700; border-left: 1px solid var(--line); }
            td.cell a { text-decoration: none; display: block; color: inherit; }
            td.pass { color: var(--pass-ink); } td.fail { color: var(--fail-ink); } td.known { color: var(--known-ink); }
            td.cell:hover { filter: brightness(0.96); }
            td.pass { background: var(--pass); } td.fail { background: var(--fail); }
            td.known { background: var(--known); } td.none { background: var(--none); }
            tbody tr:hover th.feature { background: #f3f6ff; }
            .legend { display: flex; gap: 10px; flex-wrap: wrap; margin: 18px 0; }
            .chip { padding: 4px 10px; border-radius: 999px; border: 1px solid var(--line); font-size: 12px; }
            .chip.pass { background: var(--pass); color: var(--pass-ink); } .chip.fail { background: var(--fail); color: var(--fail-ink); }
            .chip.known { background: var(--known); color: var(--known-ink); } .chip.skip { background: var(--none); color: var(--muted); }
            .known-issues { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid #e0a800;
                            border-radius: 10px; padding: 14px 20px; }
            .known-issues ul { margin: 0; padding-left: 18px; } .known-issues li { margin: 4px 0; }
            code { background: #f0f3f8; padding: 1px 6px; border-radius: 4px; font-size: 12px; }
            .muted { color: var(--muted); }
            footer { margin-top: 28px; color: var(--muted); font-size: 12px; }
            """;
}
