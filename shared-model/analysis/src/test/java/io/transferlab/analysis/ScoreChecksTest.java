package io.transferlab.analysis;

import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreChecksTest {

    @Test
    void aNetGivenWithConflictingScoresIsLeftOutAndBothValuesAreNamed() {
        Score first = new Score(Variant.BASE_B, 0, 1, 0.9, 0.8);
        Score rerun = new Score(Variant.BASE_B, 0, 1, 0.8, 0.7);
        Score other = new Score(Variant.BASE_B, 0, 2, 0.9, 0.8);

        for (List<Score> order : List.of(List.of(first, other, rerun), List.of(rerun, other, first))) {
            assertThat(ScoreChecks.distinct(order)).containsExactly(other);
            assertThat(ScoreChecks.warnings(order)).containsExactly("baseB n = 0 seed 1 was given 2 times with "
                    + "different scores (" + (order.get(0) == first
                    ? "test 0.9, bestValidation 0.8 and test 0.8, bestValidation 0.7"
                    : "test 0.8, bestValidation 0.7 and test 0.9, bestValidation 0.8")
                    + "): left out of the table and the findings");
        }
        assertThat(Figure2Table.cells(List.of(first, other, rerun)).get(0).count()).isEqualTo(1);
    }

    @Test
    void anIdenticalDuplicateCountsOnce() {
        Score score = new Score(Variant.ANB, 3, 1, 0.9, Double.NaN);

        assertThat(ScoreChecks.distinct(List.of(score, score))).containsExactly(score);
        assertThat(ScoreChecks.warnings(List.of(score, score))).first().asString()
                .isEqualTo("AnB n = 3 seed 1 was given 2 times with the same scores: counted once");
    }
}
