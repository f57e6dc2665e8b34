package dev.parley.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Coverage of the WPT webrtc tests: each Parley test names the WPT file and title it covers in its
 * name ("webrtc/FILE: TITLE"); coverage of an area is the distinct covered (file, title) pairs over
 * all rows of that area in the bundled index (see wpt/README.md). Template rows are named by their
 * template text, without the " [template]" marker.
 */
public final class WptCoverage {
    private static final String TEMPLATE = " [template]";

    private final Map<String, String> areaByKey = new LinkedHashMap<>();
    private final Map<String, Integer> rowsByArea = new TreeMap<>();

    private WptCoverage() {
    }

    /** The index bundled with Parley (WPT commit and method in wpt/README.md). */
    public static WptCoverage bundled() {
        try (InputStream in = WptCoverage.class.getResourceAsStream("/wpt/index.tsv")) {
            if (in == null) {
                throw new ReportException("the WPT index wpt/index.tsv is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads index.tsv: columns file, title, spec_links, area, with a header row. */
    static WptCoverage parse(InputStream tsv) throws IOException {
        WptCoverage coverage = new WptCoverage();
        BufferedReader reader = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8));
        reader.readLine();
        for (String line; (line = reader.readLine()) != null; ) {
            String[] columns = line.split("\t", -1);
            if (columns.length < 4) {
                continue;
            }
            String title = columns[1].endsWith(TEMPLATE) ? columns[1].substring(0, columns[1].length() - TEMPLATE.length()) : columns[1];
            if (coverage.areaByKey.putIfAbsent(key(columns[0], title), columns[3]) == null) {
                coverage.rowsByArea.merge(columns[3], 1, Integer::sum);
            }
        }
        return coverage;
    }

    private static String key(String file, String title) {
        return file + ": " + title;
    }

    /** The result of matching test names against the index. */
    public record Result(Map<String, Area> areas, Set<String> unmatched) {
    }

    public record Area(int covered, int total) {
        public double percent() {
            return total == 0 ? 0 : Math.round(1000.0 * covered / total) / 10.0;
        }
    }

    /** Matches test names ("webrtc/FILE: TITLE"); names naming no WPT test are ignored, unknown WPT names listed. */
    public Result measure(List<String> testNames) {
        Set<String> covered = new LinkedHashSet<>();
        Set<String> unmatched = new LinkedHashSet<>();
        for (String name : testNames) {
            if (!name.startsWith("webrtc/")) {
                continue;
            }
            if (areaByKey.containsKey(name)) {
                covered.add(name);
            } else {
                unmatched.add(name);
            }
        }
        Map<String, Area> areas = new LinkedHashMap<>();
        rowsByArea.forEach((area, total) -> areas.put(area,
                new Area((int) covered.stream().filter(k -> area.equals(areaByKey.get(k))).count(), total)));
        return new Result(areas, unmatched);
    }
}
