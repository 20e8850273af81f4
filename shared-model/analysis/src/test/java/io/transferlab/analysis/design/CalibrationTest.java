package io.transferlab.analysis.design;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.contracts.spec.Variant;
import org.assertj.core.data.Offset;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTest {

    @Test
    void replicasWithNoDifferenceAreCalledAtAboutFivePercentWithAnExactInterval() {
        // 8 nets x 200 pairs: 400 tests of 4 pairs each; each pair shares a data draw (a shift both replicas get)
        List<Score> scores = replicas(200, 0.0, new Random(1));

        Calibration calibration = Calibration.of(scores, Metric.BEST_VALIDATION, 4);

        assertThat(calibration.tests()).isEqualTo(8 * 50);
        assertThat(calibration.rate()).isBetween(0.02, 0.08);
        // Clopper-Pearson: the beta quantiles of x of n, here from Hipparchus
        int x = calibration.falseCalls();
        int n = calibration.tests();
        assertThat(calibration.ciLow()).isCloseTo(new BetaDistribution(x, n - x + 1).inverseCumulativeProbability(
                0.025), Offset.offset(1e-9));
        assertThat(calibration.ciHigh()).isCloseTo(new BetaDistribution(x + 1, n - x).inverseCumulativeProbability(
                0.975), Offset.offset(1e-9));
        assertThat(calibration.replicaSd()).isCloseTo(0.005, Offset.offset(0.0005));
        assertThat(calibration.text()).contains("400 tests of 4 seed pairs each on AnB n=1, ");
        // C(200, 4) is too many: the subsets take each net's first 20 pairs, C(20, 4) = 4845 per net
        assertThat(calibration.subsets()).isEqualTo(8 * 4845);
        assertThat(calibration.subsetRate()).isBetween(0.02, 0.08);
    }

    @Test
    void replicasThatDifferAreCalledMuchMoreOften() {
        // the odd seed's replica is 1.5 points better: a calibration that cannot see this is no check
        Calibration calibration = Calibration.of(replicas(40, 0.015, new Random(2)), Metric.BEST_VALIDATION, 4);

        assertThat(calibration.rate()).isGreaterThan(0.5);
    }

    /** Pairs of seeds (2k-1, 2k) sharing a data shift; each replica gets noise sd 0.005; {@code bias} on odd seeds. */
    private static List<Score> replicas(int pairs, double bias, Random random) {
        List<Score> scores = new ArrayList<>();
        for (int k = 1; k <= pairs; k++) {
            double shift = 0.01 * random.nextGaussian();
            for (int replica = 0; replica < 2; replica++) {
                long seed = 2L * k - 1 + replica;
                scores.add(score(Variant.BASE_B, 0, seed, 0.9 + shift + (replica == 0 ? bias : 0), random));
                for (int n = 1; n <= 7; n++) {
                    scores.add(score(Variant.ANB, n, seed, 0.88 + shift + (replica == 0 ? bias : 0), random));
                }
            }
        }
        return scores;
    }

    private static Score score(Variant variant, int n, long seed, double mean, Random random) {
        double value = mean + 0.005 * random.nextGaussian();
        return new Score(variant, n, seed, value, value);
    }
}
