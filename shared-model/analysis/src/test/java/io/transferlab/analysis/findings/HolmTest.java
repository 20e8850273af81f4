package io.transferlab.analysis.findings;

import org.junit.jupiter.api.Test;
import org.assertj.core.data.Offset;

import static org.assertj.core.api.Assertions.assertThat;

class HolmTest {

    @Test
    void stepsDownFromTheSmallestAndStaysMonotone() {
        double[] adjusted = Holm.adjust(new double[]{0.01, 0.04, 0.03, Double.NaN, 0.005});

        // ranks: 0.005 x4, 0.01 x3, 0.03 x2, 0.04 x1; then made monotone
        assertThat(adjusted[4]).isCloseTo(0.02, Offset.offset(1e-12));
        assertThat(adjusted[0]).isCloseTo(0.03, Offset.offset(1e-12));
        assertThat(adjusted[2]).isCloseTo(0.06, Offset.offset(1e-12));
        assertThat(adjusted[1]).isCloseTo(0.06, Offset.offset(1e-12));
        assertThat(adjusted[3]).isNaN();
        assertThat(Holm.adjust(new double[]{0.6, 0.9})).containsExactly(1.0, 1.0);
    }
}
