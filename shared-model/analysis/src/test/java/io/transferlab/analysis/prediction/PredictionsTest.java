package io.transferlab.analysis.prediction;

import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.EstimateCell;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.Prediction;
import io.transferlab.contracts.messaging.PredictionCheck;
import io.transferlab.contracts.messaging.TransferEstimator;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PredictionsTest {

    private static final List<Integer> DEPTHS = List.of(1, 3, 5, 7);
    private static final EstimateCosts COSTS = new EstimateCosts(1.0, 0.5, 0.1, 0.1, 0.1);

    @Test
    void cellsAreMeansOverSeedsAndAFailedSeedIsAWarning() {
        List<EstimatesCompleted> estimates = List.of(estimates(1, 0.0), estimates(2, 0.02),
                new EstimatesCompleted("e", 3, "a", "b", List.of(), "checkpoint missing", 0.1));

        Prediction prediction = Predictions.of(List.of(), estimates, DEPTHS);

        assertThat(prediction.seeds()).isEqualTo(2);
        assertThat(prediction.warnings()).containsExactly("seed 3: checkpoint missing");
        assertThat(prediction.cells()).hasSize(TransferEstimator.values().length * DEPTHS.size());
        EstimateCell probe3 = cell(prediction, TransferEstimator.PROBE, 3);
        assertThat(probe3.onA()).isCloseTo(probe(3) + 0.01, within(1e-12));
        assertThat(probe3.onRandom()).isCloseTo(0.4, within(1e-12));
        assertThat(probe3.seeds()).isEqualTo(2);
        assertThat(prediction.costs().total()).isCloseTo(DEPTHS.size() * COSTS.total(), within(1e-12));
    }

    @Test
    void predictOnlyAdvisesTheProbesBestDepthTheDeeperOnATieUntested() {
        List<EstimatesCompleted> estimates = List.of(estimates(1, 0.0));

        Prediction prediction = Predictions.of(List.of(), estimates, DEPTHS);

        // probe(3) and probe(5) tie at the top.
        assertThat(prediction.advisedDepth()).isEqualTo(5);
        assertThat(prediction.advice()).startsWith("cut at n = 5").endsWith("untested here (no transfer nets trained)");
        assertThat(prediction.checks()).isEmpty();
    }

    @Test
    void checksRankEachEstimatorAgainstEachTransferVariantHolmCorrected() {
        List<Score> scores = new ArrayList<>();
        List<EstimatesCompleted> estimates = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            estimates.add(estimates(seed, 0.001 * seed));
            for (int depth : DEPTHS) {
                // AnB follows LogME (falls with n); AnB+ is flat but for noise that ranks against it.
                scores.add(new Score(Variant.ANB, depth, seed, 0.9 - 0.02 * depth, 0.9 - 0.02 * depth));
                double plus = 0.9 + 0.001 * ((depth * seed) % 3);
                scores.add(new Score(Variant.ANB_PLUS, depth, seed, plus, plus));
            }
        }

        Prediction prediction = Predictions.of(scores, estimates, DEPTHS);

        assertThat(prediction.checks()).hasSize(2 * TransferEstimator.values().length);
        PredictionCheck logMe = check(prediction, TransferEstimator.LOGME, Variant.ANB);
        assertThat(logMe.tau()).isEqualTo(1.0);
        assertThat(logMe.reading()).startsWith("LogME ranks the depths as AnB measured them: tau 1.00 [1.00, 1.00]");
        RankAgreement.Agreement raw = RankAgreement.of(List.of(new RankedPair(new double[]{1, 2, 3, 4},
                new double[]{1, 2, 3, 4}), new RankedPair(new double[]{1, 2, 3, 4}, new double[]{1, 2, 3, 4}),
                new RankedPair(new double[]{1, 2, 3, 4}, new double[]{1, 2, 3, 4}),
                new RankedPair(new double[]{1, 2, 3, 4}, new double[]{1, 2, 3, 4})));
        assertThat(logMe.p()).as("Holm over the checks").isGreaterThanOrEqualTo(raw.p());
        assertThat(logMe.reading()).as("8 checks, H-score's 2 untested: it is flat").contains(", p < 0.001 (Holm over "
                + "the 6 checks), 4 seeds");
        assertThat(Predictions.summary(prediction.checks())).anyMatch(line -> line.startsWith("LogME ranks"))
                .anyMatch(line -> line.startsWith("no estimator tracks AnB+ here"));
        // The probe peaks at n = 3-5 while AnB falls: it does not track AnB, and the advice says so.
        assertThat(prediction.advice()).endsWith("the probe did not track AnB in this run, so treat this as a guess");
    }

    @Test
    void aStudysChecksPoolEveryLevelsSeeds() {
        List<Score> level = new ArrayList<>();
        for (int depth : DEPTHS) {
            level.add(new Score(Variant.ANB, depth, 1, 0.9 - 0.02 * depth, 0.9 - 0.02 * depth));
        }

        List<PredictionCheck> one = Predictions.checks(List.of(level), List.of(List.of(estimates(1, 0))));
        List<PredictionCheck> two = Predictions.checks(List.of(level, level),
                List.of(List.of(estimates(1, 0)), List.of(estimates(1, 0))));

        String flat = TransferEstimator.H_SCORE.key();
        assertThat(one).filteredOn(c -> !c.estimator().equals(flat)).extracting(PredictionCheck::seeds)
                .containsOnly(1);
        assertThat(two).filteredOn(c -> !c.estimator().equals(flat)).extracting(PredictionCheck::seeds)
                .containsOnly(2);
        assertThat(two).filteredOn(c -> c.estimator().equals(flat)).singleElement().satisfies(c -> {
            assertThat(c.tau()).isNaN();
            assertThat(c.p()).isNull();
            assertThat(c.reading()).isEqualTo("H-score cannot be ranked against AnB here: no seed has two depths "
                    + "with different values");
        });
    }

    @Test
    void anEstimatorRankingAgainstTheMeasuredOrderIsReadAsOpposite() {
        List<Score> scores = new ArrayList<>();
        List<EstimatesCompleted> estimates = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            estimates.add(estimates(seed, 0));
            for (int depth : DEPTHS) {
                scores.add(new Score(Variant.ANB, depth, seed, 0.7 + 0.02 * depth, 0.7 + 0.02 * depth));
            }
        }

        Prediction prediction = Predictions.of(scores, estimates, DEPTHS);

        assertThat(prediction.checks()).hasSize(TransferEstimator.values().length).allMatch(c -> c.variant()
                == Variant.ANB);
        assertThat(check(prediction, TransferEstimator.LOGME, Variant.ANB).reading())
                .startsWith("LogME ranks the depths opposite to AnB: tau -1.00 [-1.00, -1.00], p ");
        assertThat(Predictions.summary(prediction.checks())).singleElement().isEqualTo(
                "no estimator tracks AnB here (best: linear probe accuracy tau 0.00)");
    }

    @Test
    void theAdvisedDepthIsTheDeeperOfATieWhateverTheDepthsOrder() {
        // probe(3) and probe(5) are 0.8; depth 5 a hair (below 1e-9) under depth 3 still wins as the deeper.
        List<DepthEstimates> depths = List.of(7, 5, 3, 1).stream().map(n -> new DepthEstimates(n, probe(n)
                - (n == 5 ? 1e-10 : 0), 0.4, 0, 0, 0, 0, 0, 0, COSTS)).toList();
        EstimatesCompleted one = new EstimatesCompleted("e", 1, "a", "b", depths, null, 1.0);

        Prediction prediction = Predictions.of(List.of(), List.of(one), List.of(7, 5, 3, 1));

        assertThat(prediction.advisedDepth()).isEqualTo(5);
        assertThat(prediction.advice()).startsWith("cut at n = 5: baseA's layer-5 features give the best linear probe"
                + " on B (0.800; random features 0.400)");
    }

    @Test
    void withoutUsableEstimatesThereIsNoPredictionButTheFailuresAreKept() {
        Prediction failed = Predictions.of(List.of(), List.of(new EstimatesCompleted("e", 2, "a", "b", List.of(),
                "out of memory", 0.1)), DEPTHS);
        Prediction empty = Predictions.of(List.of(), List.of(), DEPTHS);

        assertThat(failed.seeds()).isZero();
        assertThat(failed.advisedDepth()).isNull();
        assertThat(failed.advice()).startsWith("no estimates: ");
        assertThat(failed.warnings()).containsExactly("seed 2: out of memory");
        assertThat(empty.advice()).startsWith("no estimates: ");
        assertThat(empty.cells()).isEmpty();
    }

    /** LogME falls with n, CKA too, the probe peaks at n = 3 and 5 (0.8), H-score is flat. */
    private static EstimatesCompleted estimates(long seed, double shift) {
        List<DepthEstimates> depths = DEPTHS.stream().map(n -> new DepthEstimates(n, probe(n) + shift, 0.4,
                -0.1 * n + shift, -1.0, 1.0, 0.5, 1 - 0.1 * n, 0.2, COSTS)).toList();
        return new EstimatesCompleted("e", seed, "a", "b", depths, null, 5.0);
    }

    private static double probe(int depth) {
        return depth == 3 || depth == 5 ? 0.8 : 0.7;
    }

    private static EstimateCell cell(Prediction prediction, TransferEstimator estimator, int depth) {
        return prediction.cells().stream().filter(c -> c.estimator().equals(estimator.key()) && c.depth() == depth)
                .findFirst().orElseThrow();
    }

    private static PredictionCheck check(Prediction prediction, TransferEstimator estimator, Variant variant) {
        return prediction.checks().stream().filter(c -> c.estimator().equals(estimator.key())
                && c.variant() == variant).findFirst().orElseThrow();
    }
}
