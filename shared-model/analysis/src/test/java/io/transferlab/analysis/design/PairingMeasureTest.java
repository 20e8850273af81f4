package io.transferlab.analysis.design;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.Pairing;
import io.transferlab.contracts.spec.Variant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PairingMeasureTest {

    @Test
    void aSharedSeedShiftShowsAsItsCorrelationAndTheVarianceItRemoves() {
        // shift sd 0.01 shared by a seed's nets, own noise sd 0.01: correlation 1/2, paired variance share 1/2
        Pairing shared = PairingMeasure.of(sweep(0.01, 0.01, 40, new Random(1)), Metric.BEST_VALIDATION);
        assertThat(shared.comparisons()).isEqualTo(5 * 7);
        assertThat(shared.correlation()).isCloseTo(0.5, Offset.offset(0.08));
        assertThat(shared.varianceShare()).isCloseTo(0.5, Offset.offset(0.08));

        Pairing independent = PairingMeasure.of(sweep(0, 0.01, 40, new Random(2)), Metric.BEST_VALIDATION);
        assertThat(independent.correlation()).isCloseTo(0, Offset.offset(0.08));
        assertThat(independent.varianceShare()).isCloseTo(1, Offset.offset(0.12));
    }

    @Test
    void fewerThanThreeSeedsMakeNoComparison() {
        Pairing pairing = PairingMeasure.of(sweep(0.01, 0.01, 2, new Random(3)), Metric.BEST_VALIDATION);
        assertThat(pairing.comparisons()).isZero();
        assertThat(pairing.correlation()).isNaN();
    }

    private static List<Score> sweep(double shift, double noise, int seeds, Random random) {
        List<Score> scores = new ArrayList<>();
        for (int seed = 1; seed <= seeds; seed++) {
            double common = shift * random.nextGaussian();
            scores.add(score(Variant.BASE_B, 0, seed, 0.9 + common + noise * random.nextGaussian()));
            for (Variant variant : List.of(Variant.BNB, Variant.BNB_PLUS, Variant.ANB, Variant.ANB_PLUS, Variant.RNB)) {
                for (int n = 1; n <= 7; n++) {
                    scores.add(score(variant, n, seed, 0.88 + common + noise * random.nextGaussian()));
                }
            }
        }
        return scores;
    }

    private static Score score(Variant variant, int n, long seed, double value) {
        return new Score(variant, n, seed, value, value);
    }
}
