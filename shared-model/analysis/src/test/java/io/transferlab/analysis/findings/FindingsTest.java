package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.ScoreChecks;
import io.transferlab.analysis.ScoresCsv;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.Variant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static io.transferlab.analysis.findings.Sweeps.finding;
import static org.assertj.core.api.Assertions.assertThat;

/** Findings on hand-made tables whose answers are known exactly. */
class FindingsTest {

    private static final Offset<Double> CLOSE = Offset.offset(1e-9);

    @Test
    void thePapersOwnNumbersGiveThePapersValuesButOneSeedDecidesNothing() {
        List<Finding> findings = Findings.of(PaperFigure2.scores());

        assertThat(findings).as("the four findings on every metric").hasSize(4 * Metric.values().length);
        assertThat(findings.subList(0, 4)).allSatisfy(f -> assertThat(f.metric()).isEqualTo("bestValidation"))
                .allSatisfy(f -> assertThat(f.primary()).isTrue());
        Finding coAdaptation = finding(findings, "co-adaptation", true);
        Measure dip = coAdaptation.measures().get(0);
        assertThat(dip.definition()).isEqualTo("baseB - mean(BnB at n = 3, 4, 5)");
        assertThat(dip.mean()).isCloseTo(0.6251 - (0.6211 + 0.6048 + 0.5935) / 3, CLOSE);
        assertThat(dip.paper()).isCloseTo(dip.mean(), CLOSE);
        assertThat(dip.ciLow()).isNull();
        assertThat(coAdaptation.measures().get(1).definition())
                .isEqualTo("mean(BnB at n = 6, 7) - mean(BnB at n = 3, 4, 5)");
        assertThat(coAdaptation.measures()).extracting(Measure::deciding).containsExactly(true, true, false);
        assertThat(coAdaptation.verdict()).isEqualTo(Verdict.NOT_TESTABLE);
        assertThat(coAdaptation.p()).isNull();
        assertThat(coAdaptation.reason()).contains("one seed");
        Measure specificity = finding(findings, "specificity", true).measures().get(0);
        assertThat(specificity.definition()).isEqualTo("mean over n = 6, 7 of (BnB - AnB)");
        assertThat(specificity.mean()).isCloseTo(((0.6188 - 0.5806) + (0.6232 - 0.5425)) / 2, CLOSE);
        // the paper: +1.6 points averaged over n = 1..7
        assertThat(finding(findings, "fine-tuning", true).measures().get(0).mean())
                .isCloseTo(0.0167, Offset.offset(5e-5));
        Measure random = finding(findings, "random-features", true).measures().get(0);
        assertThat(random.mean()).isNull();
        assertThat(random.seeds()).isZero();
        assertThat(random.paper()).isNull();
        assertThat(random.reason()).startsWith("not measured");
    }

    @Test
    void aDipThatNeverRecoversIsNotCoAdaptation() {
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= 5; seed++) {
            double wobble = 0.003 * seed;
            scores.add(score(Variant.BASE_B, 0, seed, 0.80));
            for (int n = 1; n <= 7; n++) {
                // falls from n = 3 and keeps falling: a dip below baseB, but no recovery
                scores.add(score(Variant.BNB, n, seed, n < 3 ? 0.80 : 0.78 - 0.01 * (n - 3) + wobble * (n % 3)));
            }
        }

        Finding coAdaptation = finding(Findings.of(scores), "co-adaptation", true);

        assertThat(coAdaptation.measures().get(0).mean()).isPositive();
        assertThat(coAdaptation.measures().get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(coAdaptation.measures().get(1).mean()).isNegative();
        assertThat(coAdaptation.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void intervalsAreStudentsOverSeeds() {
        List<Score> scores = new ArrayList<>();
        double[] gains = {0.01, 0.02, 0.03};
        for (int seed = 1; seed <= 3; seed++) {
            scores.add(score(Variant.BASE_B, 0, seed, 0.80));
            for (int n = 1; n <= 7; n++) {
                scores.add(score(Variant.ANB_PLUS, n, seed, 0.80 + gains[seed - 1]));
            }
        }

        Measure gain = finding(Findings.of(scores), "fine-tuning", true).measures().get(0);

        // mean 0.02, sd 0.01, t(0.975, 2) = 4.302653: 0.02 ± 4.302653 * 0.01 / sqrt(3)
        assertThat(gain.mean()).isCloseTo(0.02, CLOSE);
        assertThat(gain.ciLow()).isCloseTo(0.02 - 4.302653 * 0.01 / Math.sqrt(3), Offset.offset(1e-8));
        assertThat(gain.ciHigh()).isCloseTo(0.02 + 4.302653 * 0.01 / Math.sqrt(3), Offset.offset(1e-8));
    }

    @Test
    void aMetricNoScoreGivesIsNeitherJudgedNorWarnedAbout() {
        List<Score> onlyTest = ScoresCsv.read("variant,n,seed,test\nbaseB,0,1,0.8\nAnB,3,1,0.7\n");

        assertThat(Findings.of(onlyTest)).hasSize(4).extracting(Finding::metric).containsOnly("test");
        assertThat(ScoreChecks.warnings(onlyTest)).isEmpty();
    }

    @Test
    void nonFiniteScoresAreLeftOutAndReportedNeverJudged() {
        List<Score> scores = Sweeps.sweep(Sweeps.Shape.FLAT, 3, 0.005, new Random(3));
        List<Score> withNan = new ArrayList<>(scores);
        withNan.replaceAll(s -> s.variant() == Variant.BNB && s.depth() == 4 && s.seed() == 2
                ? new Score(s.variant(), s.depth(), s.seed(), s.value(Metric.TEST), Double.NaN) : s);

        List<Finding> findings = Findings.of(withNan);

        assertThat(findings).noneMatch(f -> f.verdict() == Verdict.CONTRADICTED && f.primary());
        Measure dip = finding(findings, "co-adaptation", true).measures().get(0);
        assertThat(dip.definition()).isEqualTo("baseB - mean(BnB at n = 3, 5)");
        assertThat(dip.seeds()).isEqualTo(3);
        assertThat(finding(findings, "co-adaptation", false).measures().get(0).definition())
                .isEqualTo("baseB - mean(BnB at n = 3, 4, 5)");
        assertThat(ScoreChecks.warnings(withNan)).containsExactly(
                "BnB n = 4 seed 2 has no finite bestValidation (NaN): left out of the findings on bestValidation");

        List<Score> allNan = scores.stream().map(s -> new Score(s.variant(), s.depth(), s.seed(), Double.NaN,
                Double.NaN)).toList();
        assertThat(Findings.of(allNan)).allSatisfy(f -> {
            assertThat(f.verdict()).isEqualTo(Verdict.NOT_TESTABLE);
            assertThat(f.p()).isNull();
            assertThat(f.reason()).contains("not measured");
        });
    }

    @Test
    void aSeedWithoutACellTakesThatDepthOutForEverySeedAndADuplicateCountsOnce() {
        List<Score> scores = new ArrayList<>(Sweeps.sweep(Sweeps.Shape.PAPER, 4, 0.002, new Random(4)));
        scores.removeIf(s -> s.variant() == Variant.ANB && s.depth() == 7 && s.seed() == 3);
        Score duplicate = scores.stream().filter(s -> s.variant() == Variant.BASE_B && s.seed() == 1).findFirst()
                .orElseThrow();
        scores.add(duplicate);

        List<Finding> findings = Findings.of(scores);

        Measure specificity = finding(findings, "specificity", true).measures().get(0);
        assertThat(specificity.definition()).isEqualTo("mean over n = 6 of (BnB - AnB)");
        assertThat(specificity.seeds()).isEqualTo(4);
        assertThat(ScoreChecks.warnings(scores)).containsExactly("baseB n = 0 seed 1 was given 2 times with the same "
                + "scores: counted once");
        assertThat(ScoreChecks.distinct(scores)).hasSize(scores.size() - 1);
    }

    @Test
    void aSeedMissingAWholeVariantIsLeftOutOfItsMeasuresOnly() {
        List<Score> scores = new ArrayList<>(Sweeps.sweep(Sweeps.Shape.PAPER, 3, 0.002, new Random(5)));
        scores.removeIf(s -> s.variant() == Variant.RNB && s.seed() == 1);

        List<Finding> findings = Findings.of(scores);

        assertThat(finding(findings, "random-features", true).measures().get(0).seeds()).isEqualTo(2);
        assertThat(finding(findings, "fine-tuning", true).measures().get(0).seeds()).isEqualTo(3);
    }

    private static Score score(Variant variant, int depth, long seed, double accuracy) {
        return new Score(variant, depth, seed, accuracy, accuracy);
    }
}
