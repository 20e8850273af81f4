package io.transferlab.analysis;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScoreTest {

    @Test
    void aJobEvaluatedTwiceCountsOnceWithItsLatestScores() {
        List<Score> scores = Score.of(List.of(
                evaluation(Variant.BASE_A, 0, 1, 0.60, 0.61),
                evaluation(Variant.BASE_A, 0, 2, 0.80, 0.81),
                evaluation(Variant.BASE_A, 0, 1, 0.70, 0.71)));

        assertThat(scores).extracting(Score::variant, Score::seed, s -> s.value(Metric.TEST),
                s -> s.value(Metric.BEST_VALIDATION)).containsExactlyInAnyOrder(tuple(Variant.BASE_A, 1L, 0.70, 0.71),
                tuple(Variant.BASE_A, 2L, 0.80, 0.81));
    }

    @Test
    void baseNetsSitAtDepthZeroWhateverTheirJobSays() {
        assertThat(Score.of(List.of(evaluation(Variant.BASE_B, 4, 1, 0.5, 0.5))).get(0).depth()).isZero();
        assertThat(Score.of(List.of(evaluation(Variant.ANB, 4, 1, 0.5, 0.5))).get(0).depth()).isEqualTo(4);
    }

    private static EvaluationCompleted evaluation(Variant variant, int depth, long seed, double test, double best) {
        PlannedJob job = new PlannedJob(PlannedJob.id("exp", variant, depth, seed), "exp", variant, depth, seed, null);
        EvaluationReport report = new EvaluationReport(100, test, 0.5, List.of(test), List.of(List.of(1)));
        return new EvaluationCompleted(job, job.jobId() + "@10", report, best, null);
    }
}
