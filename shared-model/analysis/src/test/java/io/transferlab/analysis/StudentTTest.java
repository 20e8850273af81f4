package io.transferlab.analysis;

import org.assertj.core.data.Offset;
import org.hipparchus.distribution.continuous.TDistribution;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudentTTest {

    @Test
    void criticalValuesMatchPublishedTablesAtEveryDegreeOfFreedom() {
        assertThat(StudentT.critical95(1)).isCloseTo(12.706, Offset.offset(5e-4));
        assertThat(StudentT.critical95(4)).isCloseTo(2.776, Offset.offset(5e-4));
        // where the old table's expansion was too small: t(0.975, 40) = 2.021, 55 = 2.004, 60 = 2.000
        assertThat(StudentT.critical95(40)).isCloseTo(2.0211, Offset.offset(1e-4));
        assertThat(StudentT.critical95(55)).isCloseTo(2.0040, Offset.offset(1e-4));
        assertThat(StudentT.critical95(60)).isCloseTo(2.0003, Offset.offset(1e-4));
        assertThatThrownBy(() -> StudentT.critical95(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tailsAndQuantilesAgreeWithHipparchus() {
        for (int df : new int[]{1, 2, 3, 7, 30, 55, 200}) {
            TDistribution oracle = new TDistribution(df);
            for (double t : new double[]{-3, -0.5, 0, 1, 2.5, 6}) {
                assertThat(StudentT.upperTail(t, df)).as("df %d, t %s", df, t)
                        .isCloseTo(1 - oracle.cumulativeProbability(t), Offset.offset(1e-10));
            }
            assertThat(StudentT.quantile(0.99, df)).isCloseTo(oracle.inverseCumulativeProbability(0.99),
                    Offset.offset(1e-6));
        }
        // df = 1 is Cauchy: P(T >= 1) = 1/4
        assertThat(StudentT.upperTail(1, 1)).isCloseTo(0.25, Offset.offset(1e-12));
    }
}
