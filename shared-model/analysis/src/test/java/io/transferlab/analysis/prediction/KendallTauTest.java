package io.transferlab.analysis.prediction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KendallTauTest {

    @Test
    void oneSwappedPairOfFourDepthsIsTwoThirds() {
        // 6 pairs: (2, 3) is discordant, the 5 others concordant: (5 - 1) / 6.
        assertThat(KendallTau.tauB(new double[]{1, 2, 3, 4}, new double[]{1, 3, 2, 4})).isCloseTo(2.0 / 3,
                within(1e-12));
    }

    @Test
    void theSameOrderIsOneAndTheReverseMinusOne() {
        assertThat(KendallTau.tauB(new double[]{0.1, 0.5, 0.7}, new double[]{10, 20, 30})).isEqualTo(1.0);
        assertThat(KendallTau.tauB(new double[]{0.1, 0.5, 0.7}, new double[]{3, 2, 1})).isEqualTo(-1.0);
    }

    @Test
    void tiesAreCorrectedAsTauB() {
        // x = 1, 1, 2, 3 and y = 1, 2, 3, 4: the pair (1, 2) is tied in x, the other 5 concordant. Untied in x: 5,
        // in y: 6; tau-b = 5 / sqrt(5 * 6) = 0.9129 (tau-a would say 5 / 6).
        assertThat(KendallTau.tauB(new double[]{1, 1, 2, 3}, new double[]{1, 2, 3, 4}))
                .isCloseTo(5 / Math.sqrt(30), within(1e-12));
    }

    @Test
    void undefinedWithoutTwoPairsOrWithoutOrder() {
        assertThat(KendallTau.tauB(new double[]{1}, new double[]{2})).isNaN();
        assertThat(KendallTau.tauB(new double[]{1, 1, 1}, new double[]{1, 2, 3})).as("x all one value").isNaN();
        assertThat(KendallTau.tauB(new double[]{1, 2, 3}, new double[]{5, 5, 5})).as("y all one value").isNaN();
        assertThat(KendallTau.tauB(new double[]{1, Double.NaN, 3}, new double[]{1, 2, 3})).isNaN();
        assertThat(KendallTau.tauB(new double[]{1, 2, 3}, new double[]{1, Double.POSITIVE_INFINITY, 3})).isNaN();
    }

    @Test
    void zeroAndMinusZeroAreOneValue() {
        // Tied in x as in the tau-b case above: 5 / sqrt(5 * 6).
        assertThat(KendallTau.tauB(new double[]{-0.0, 0.0, 2, 3}, new double[]{1, 2, 3, 4}))
                .isCloseTo(5 / Math.sqrt(30), within(1e-12));
    }
}
