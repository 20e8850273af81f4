package io.transferlab.analysis;

import io.transferlab.analysis.findings.Findings;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The CSV files a user brings (scores) and takes away (findings). */
class ScoresCsvTest {

    @Test
    void readsRowsSkipsCommentsAndBlankLinesAndKeepsNaN() {
        List<Score> scores = ScoresCsv.read("""
                # from somewhere else
                variant, n, seed, test, bestValidation

                baseB,0,1,0.80,0.79
                AnB+,3,2,NaN,0.81
                """);

        assertThat(scores).hasSize(2);
        assertThat(scores.get(0)).isEqualTo(new Score(Variant.BASE_B, 0, 1, 0.80, 0.79));
        assertThat(scores.get(1).variant()).isEqualTo(Variant.ANB_PLUS);
        assertThat(scores.get(1).value(Metric.TEST)).isNaN();
    }

    @Test
    void everyProblemNamesItsLine() {
        String header = "variant,n,seed,test,bestValidation\n";
        assertThatThrownBy(() -> ScoresCsv.read("")).hasMessageStartingWith("line 1: no header");
        assertThatThrownBy(() -> ScoresCsv.read("a,b\n")).hasMessageStartingWith("line 1: expected the header");
        assertThatThrownBy(() -> ScoresCsv.read(header + "baseB,0,1,0.8\n"))
                .hasMessage("line 2: expected 5 fields (variant,n,seed,test,bestValidation), found 4");
        assertThatThrownBy(() -> ScoresCsv.read(header + "baseB,0,1,0.8,0.8\nXnY,1,1,0.8,0.8\n"))
                .hasMessageStartingWith("line 3: unknown variant 'XnY'");
        assertThatThrownBy(() -> ScoresCsv.read(header + "baseB,2,1,0.8,0.8\n"))
                .hasMessageStartingWith("line 2: n = 2 for baseB");
        assertThatThrownBy(() -> ScoresCsv.read(header + "AnB,1,one,0.8,0.8\n"))
                .hasMessage("line 2: seed 'one' is not a whole number");
        assertThatThrownBy(() -> ScoresCsv.read(header + "AnB,1,1,80,0.8\n"))
                .hasMessage("line 2: test 80 is not an accuracy in [0, 1]");
        assertThatThrownBy(() -> ScoresCsv.read(header + "AnB,1,1,0.8,high\n"))
                .hasMessage("line 2: bestValidation 'high' is not a number (NaN is allowed)");
    }

    @Test
    void aFileMayGiveSomeMetricsInAnyOrderAndTheRestAreMissing() {
        List<Score> scores = ScoresCsv.read("variant,n,seed,bestValidation\nbaseB,0,1,0.79\n");

        assertThat(scores.get(0).value(Metric.BEST_VALIDATION)).isEqualTo(0.79);
        assertThat(scores.get(0).value(Metric.TEST)).isNaN();
        assertThat(ScoresCsv.read("variant,n,seed,bestValidation,test\nbaseB,0,1,0.79,0.8\n"))
                .containsExactly(new Score(Variant.BASE_B, 0, 1, 0.8, 0.79));
        assertThatThrownBy(() -> ScoresCsv.read("variant,n,seed,top5\n")).hasMessageStartingWith(
                "line 1: expected the header '" + ScoresCsv.HEADER + "' (or variant,n,seed and some of those metrics");
        assertThatThrownBy(() -> ScoresCsv.read("variant,n,seed,test,test\n"))
                .hasMessageStartingWith("line 1: expected the header");
        assertThatThrownBy(() -> ScoresCsv.read("variant,n,seed\n")).hasMessageStartingWith("line 1: expected");
    }

    @Test
    void findingsCsvHasOneRowPerMeasureWithItsInterval() {
        String csv = FindingsCsv.write(Findings.of(PaperFigure2.scores()));

        assertThat(csv.lines().findFirst()).contains(FindingsCsv.HEADER);
        assertThat(csv.lines().count()).isEqualTo(1 + Metric.values().length * (3 + 3 + 2 + 2));
        assertThat(csv).contains("bestValidation,true,1,co-adaptation,NOT_TESTABLE,,\"BnB dip\",true,"
                + "\"baseB - mean(BnB at n = 3, 4, 5)\",0.018633,,,,1,0.018633");
    }
}
