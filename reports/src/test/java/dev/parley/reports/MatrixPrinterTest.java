package dev.parley.reports;

import static org.testng.Assert.assertEquals;

import java.util.List;
import org.testng.annotations.Test;

public class MatrixPrinterTest {

    @Test
    public void theConsoleMatrixAlignsWordsUnderEachPairing() {
        ConformanceMatrix matrix = ConformanceMatrix.of(List.of(
                Fixtures.outcome("signaling", "signaling: offer/answer", "chrome->firefox", TestStatus.PASSED),
                Fixtures.outcome("signaling", "signaling: offer/answer", "firefox->chrome", TestStatus.FAILED),
                Fixtures.outcome("ice", "ice: host candidates", "chrome->firefox", TestStatus.SKIPPED)));

        String text = MatrixPrinter.render(matrix, false);

        assertEquals(text, String.join("\n",
                "Parley conformance matrix (pass, FAIL, known = known browser issue, - = not run)",
                "feature                  chrome->firefox  firefox->chrome",
                "---------------------------------------------------------",
                "signaling: offer/answer  pass             FAIL",
                "ice: host candidates     -                -",
                "---------------------------------------------------------",
                "passed/failed/skipped    1/0/1            0/1/0",
                ""));
    }

    @Test
    public void coloursWrapOnlyTheVerdictWords() {
        ConformanceMatrix matrix = ConformanceMatrix.of(List.of(
                Fixtures.outcome("ice", "ice: gathering", "chrome->firefox", TestStatus.FAILED)));

        String text = MatrixPrinter.render(matrix, true);

        String padToTotalsLabel = " ".repeat("passed/failed/skipped".length() - "ice: gathering".length() + 2);
        assertEquals(text.lines().toList().get(3), "ice: gathering" + padToTotalsLabel + "\u001b[1;31mFAIL\u001b[0m");
    }
}
