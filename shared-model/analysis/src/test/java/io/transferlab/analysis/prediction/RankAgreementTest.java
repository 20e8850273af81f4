package io.transferlab.analysis.prediction;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The rank agreement's contract on simulated data: its false-call rate without an effect, its power with one. */
class RankAgreementTest {

    private static final double[] DEPTHS = {1, 3, 5, 7};

    @Test
    void aPerfectOrderOnOneSeedOfFourDepthsIsNotEvidence() {
        RankAgreement.Agreement a = RankAgreement.of(List.of(new RankedPair(DEPTHS, new double[]{2, 4, 6, 8})));

        assertThat(a.tau()).isEqualTo(1.0);
        // Exactly: 2 of the 24 orders are as extreme (tau = 1 or -1), so p = 1/12.
        assertThat(a.p()).isCloseTo(1.0 / 12, within(0.01));
        assertThat(a.ciLow()).as("no interval over one seed").isNull();
        assertThat(a.seeds()).isOne();
        assertThat(RankAgreement.of(List.of(new RankedPair(DEPTHS, new double[]{2, 4, 6, 8})))).as("reproducible")
                .isEqualTo(a);
    }

    @Test
    void zeroSpreadOverSeedsIsSmallButNeverZeroP() {
        List<RankedPair> pairs = List.of(perfect(), perfect(), perfect(), perfect());

        RankAgreement.Agreement a = RankAgreement.of(pairs);

        assertThat(a.tau()).isEqualTo(1.0);
        assertThat(a.ciLow()).isEqualTo(1.0);
        assertThat(a.ciHigh()).isEqualTo(1.0);
        assertThat(a.p()).isPositive().isLessThan(0.001)
                .isGreaterThanOrEqualTo(1.0 / (RankAgreement.PERMUTATIONS + 1));
    }

    @Test
    void theIntervalHoldsTheMeanAndSeedsWithoutOrderAreLeftOut() {
        List<RankedPair> pairs = List.of(perfect(), new RankedPair(DEPTHS, new double[]{1, 3, 2, 4}),
                new RankedPair(DEPTHS, new double[]{4, 3, 2, 1}), new RankedPair(DEPTHS, new double[]{5, 5, 5, 5}));

        RankAgreement.Agreement a = RankAgreement.of(pairs);

        assertThat(a.seeds()).isEqualTo(3);
        assertThat(a.tau()).isCloseTo((1 + 2.0 / 3 - 1) / 3, within(1e-12));
        assertThat(a.ciLow()).isLessThanOrEqualTo(a.tau());
        assertThat(a.ciHigh()).isGreaterThanOrEqualTo(a.tau());
    }

    @Test
    void withoutAnyEffectItCallsAtMostItsLevel() {
        Random random = new Random(11);
        int experiments = 400;
        int calls = 0;
        for (int e = 0; e < experiments; e++) {
            // AnB falls a point a layer through 2 points of noise; the estimate is unrelated to it.
            calls += RankAgreement.of(simulated(random, d -> 0.8 - 0.01 * d + 0.02 * random.nextGaussian(),
                    measured -> random.nextGaussian())).p() < 0.05 ? 1 : 0;
        }
        double rate = (double) calls / experiments;
        System.out.printf("rank agreement, no effect: %d of %d called at 5%% (%.3f)%n", calls, experiments, rate);
        assertThat(rate).isLessThanOrEqualTo(0.08);
    }

    @Test
    void anEstimateThatFollowsTheMeasuredOrderIsFound() {
        Random random = new Random(12);
        int experiments = 200;
        int found = 0;
        for (int e = 0; e < experiments; e++) {
            // AnB falls with n by 3 points a layer, seen through 1 point of noise; the estimate follows it.
            RankAgreement.Agreement a = RankAgreement.of(simulated(random,
                    d -> 0.85 - 0.03 * d + 0.01 * random.nextGaussian(),
                    measured -> measured + 0.01 * random.nextGaussian()));
            found += a.p() < 0.05 && a.tau() > 0 ? 1 : 0;
        }
        double power = (double) found / experiments;
        System.out.printf("rank agreement, estimate follows the measured order: found in %d of %d (%.3f)%n", found,
                experiments, power);
        assertThat(power).isGreaterThanOrEqualTo(0.9);
    }

    /** One simulated experiment: 4 seeds, each with a measured score per depth index and an estimate of it. */
    private static List<RankedPair> simulated(Random random, IntToDoubleFunction measuredAt,
                                              DoubleUnaryOperator estimateOf) {
        List<RankedPair> pairs = new ArrayList<>();
        for (int seed = 0; seed < 4; seed++) {
            double[] measured = new double[DEPTHS.length];
            double[] estimate = new double[DEPTHS.length];
            for (int d = 0; d < DEPTHS.length; d++) {
                measured[d] = measuredAt.applyAsDouble(d);
                estimate[d] = estimateOf.applyAsDouble(measured[d]);
            }
            pairs.add(new RankedPair(estimate, measured));
        }
        return pairs;
    }

    private static RankedPair perfect() {
        return new RankedPair(DEPTHS, new double[]{0.6, 0.7, 0.8, 0.9});
    }
}
