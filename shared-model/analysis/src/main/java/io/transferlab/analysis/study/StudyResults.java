package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.analysis.prediction.Predictions;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.spec.StudyAxis;

import java.util.List;

/** A study's result, computed from its levels' scores: where its gains, finding and advice are put together. */
public final class StudyResults {

    private StudyResults() {
    }

    /**
     * @param levels the levels' experiments, in the request's order
     * @param scored the same levels with their scores, in the same order
     * @param estimates the same levels' transfer estimates, in the same order
     * @param margin the accuracy a cheaper choice may lose to the best and still be advised
     */
    public static StudyResult of(String studyId, StudyAxis axis, List<StudyLevelResult> levels,
                                 List<StudyLevel> scored, List<List<EstimatesCompleted>> estimates, Metric metric,
                                 double margin, long completedAt) {
        return new StudyResult(studyId, axis, List.copyOf(levels), metric.key(), TransferGains.of(scored, metric),
                StudyFindings.of(axis, scored, metric), scored.stream().map(level -> Advice.of(level, metric, margin))
                .toList(), Predictions.checks(scored.stream().map(StudyLevel::scores).toList(), estimates),
                completedAt);
    }
}
