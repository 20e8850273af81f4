package io.transferlab.analysis.findings;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Measure;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.Variant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Findings computed on constructed sweeps whose answers are known. */
class FindingsTest {

    private static final Offset<Double> CLOSE = Offset.offset(1e-9);
    private static final List<Variant> TARGET_B = List.of(Variant.BASE_B, Variant.BNB, Variant.BNB_PLUS, Variant.ANB,
            Variant.ANB_PLUS, Variant.RNB);

    @Test
    void thePapersOwnNumbersGiveThePapersValuesButOneSeedDecidesNothing() {
        List<Finding> findings = Findings.of(PaperFigure2.scores());

        assertThat(findings).hasSize(8);
        Finding coAdaptation = finding(findings, "co-adaptation", Metric.BEST_VALIDATION);
        assertThat(coAdaptation.measures().get(0).mean()).isCloseTo(0.6251 - 0.5935, CLOSE);
        assertThat(coAdaptation.measures().get(0).paper()).isCloseTo(0.6251 - 0.5935, CLOSE);
        assertThat(coAdaptation.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(coAdaptation.measures().get(0).reason()).contains("one seed");
        Finding fineTuning = finding(findings, "fine-tuning", Metric.TEST);
        // the paper: +1.6 points averaged over n = 1..7, +2.1 over n >= 5
        assertThat(fineTuning.measures().get(0).mean()).isCloseTo(0.0167, Offset.offset(5e-5));
        assertThat(fineTuning.measures().get(1).mean()).isCloseTo(0.0206, Offset.offset(5e-5));
        assertThat(finding(findings, "specificity", Metric.TEST).measures().get(0).mean())
                .isCloseTo(0.6251 - 0.5425, CLOSE);
        Measure random = finding(findings, "random-features", Metric.TEST).measures().get(0);
        assertThat(random.mean()).isNull();
        assertThat(random.seeds()).isZero();
        assertThat(random.paper()).isNull();
        assertThat(random.reason()).startsWith("not measured");
    }

    @Test
    void threeSeedsShapedLikeThePaperSupportEveryFinding() {
        // Each seed shifted as a whole (its base nets were better or worse) plus a little per-net noise: the
        // measures pair nets of one seed, so the shift cancels and the noise stays below the effects.
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            double shift = 0.05 * (seed - 2);
            int s = seed;
            scores.addAll(seed(seed, (variant, n) -> paperLike(variant, n) + shift + noise(s, variant, n)));
        }

        List<Finding> findings = Findings.of(scores);

        assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.SUPPORTED);
        assertThat(findings).extracting(Finding::metric).containsOnly("test", "bestValidation");
        Measure dip = finding(findings, "co-adaptation", Metric.TEST).measures().get(0);
        assertThat(dip.seeds()).isEqualTo(3);
        assertThat(dip.mean()).isCloseTo(0.6251 - 0.5935, Offset.offset(0.003));
        assertThat(dip.std()).isPositive().isLessThan(0.004);
    }

    @Test
    void transferThatGetsBetterWithDepthContradictsSpecificityAndFineTuning() {
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            int s = seed;
            scores.addAll(seed(seed, (variant, n) -> switch (variant) {
                case BASE_B -> 0.80;
                case ANB -> 0.80 + 0.01 * n;
                case ANB_PLUS -> 0.75;
                default -> 0.80;
            } + noise(s, variant, n)));
        }

        List<Finding> findings = Findings.of(scores);

        assertThat(finding(findings, "specificity", Metric.TEST).verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding(findings, "fine-tuning", Metric.TEST).verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(finding(findings, "specificity", Metric.TEST).measures().get(0).mean())
                .isCloseTo(-0.07, Offset.offset(0.005));
    }

    @Test
    void anEffectSmallerThanTheSpreadOverSeedsIsInconclusive() {
        double[] dips = {0.03, -0.02, 0.01};
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= 3; seed++) {
            double dip = dips[seed - 1];
            scores.addAll(seed(seed, (variant, n) -> variant == Variant.BNB && n >= 3 && n <= 5 ? 0.8 - dip : 0.8));
        }

        Finding coAdaptation = finding(Findings.of(scores), "co-adaptation", Metric.TEST);

        assertThat(coAdaptation.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(coAdaptation.measures().get(0).mean()).isCloseTo(0.02 / 3, CLOSE);
        assertThat(coAdaptation.measures().get(0).reason()).contains("within the noise");
    }

    @Test
    void findingsWhoseNetsWereNotRunAreNotMeasured() {
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            for (Variant variant : TARGET_B) {
                scores.add(new Score(variant, variant.isBase() ? 0 : 1, seed, 0.8, 0.8));
                if (!variant.isBase()) {
                    scores.add(new Score(variant, 2, seed, 0.7, 0.7));
                }
            }
        }

        List<Finding> findings = Findings.of(scores);

        Measure dip = finding(findings, "co-adaptation", Metric.TEST).measures().get(0);
        assertThat(dip.mean()).isNull();
        assertThat(dip.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(dip.reason()).isEqualTo("not measured: the nets it needs (baseB - min(BnB at n = 3..5)) were not "
                + "run");
        // n = 1, 2 are enough for the transfer drop: 0.8 - 0.7 in both seeds
        Measure drop = finding(findings, "specificity", Metric.TEST).measures().get(0);
        assertThat(drop.mean()).isCloseTo(0.1, CLOSE);
        assertThat(drop.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void eachMetricIsJudgedOnItsOwnScores() {
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= 2; seed++) {
            scores.add(new Score(Variant.BASE_B, 0, seed, 0.80, 0.80));
            scores.add(new Score(Variant.ANB_PLUS, 1, seed, 0.85, 0.75));
        }

        List<Finding> findings = Findings.of(scores);

        assertThat(finding(findings, "fine-tuning", Metric.TEST).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding(findings, "fine-tuning", Metric.BEST_VALIDATION).verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    /** The paper's curves, with a random control that collapses from n = 3. */
    private static double paperLike(Variant variant, int n) {
        return switch (variant) {
            case BASE_B -> PaperFigure2.BASE_B;
            case RNB -> n < 3 ? 0.60 : 0.30;
            default -> PaperFigure2.series(variant)[n - 1];
        };
    }

    /** Deterministic noise of a few thousandths, different for every net. */
    private static double noise(int seed, Variant variant, int n) {
        return 0.002 * Math.sin(seed * 7.1 + variant.ordinal() * 3.3 + n * 1.7);
    }

    private static List<Score> seed(long seed, ToDoubleBiFunction<Variant, Integer> accuracy) {
        List<Score> scores = new ArrayList<>();
        for (Variant variant : TARGET_B) {
            for (int n = variant.isBase() ? 0 : 1; n <= (variant.isBase() ? 0 : 7); n++) {
                double value = accuracy.applyAsDouble(variant, n);
                scores.add(new Score(variant, n, seed, value, value));
            }
        }
        return scores;
    }

    private static Finding finding(List<Finding> findings, String key, Metric metric) {
        return findings.stream().filter(f -> f.key().equals(key) && f.metric().equals(metric.key())).findFirst()
                .orElseThrow();
    }
}
