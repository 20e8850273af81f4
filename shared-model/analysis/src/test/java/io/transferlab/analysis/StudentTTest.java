package io.transferlab.analysis;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StudentTTest {

    @Test
    void upperTailsMatchPublishedTables() {
        // t(0.975, df) from the table: the upper tail there is 0.025
        for (int df : new int[]{1, 2, 4, 9, 29}) {
            assertThat(StudentT.upperTail(StudentT.critical95(df), df)).as("df %d", df)
                    .isCloseTo(0.025, Offset.offset(2e-5));
        }
        assertThat(StudentT.upperTail(0, 5)).isCloseTo(0.5, Offset.offset(1e-12));
        assertThat(StudentT.upperTail(-2.015, 5)).isCloseTo(0.95, Offset.offset(1e-4));
        // df = 1 is Cauchy: P(T >= 1) = 1/4
        assertThat(StudentT.upperTail(1, 1)).isCloseTo(0.25, Offset.offset(1e-12));
        assertThat(StudentT.upperTail(Double.POSITIVE_INFINITY, 3)).isZero();
    }
}
