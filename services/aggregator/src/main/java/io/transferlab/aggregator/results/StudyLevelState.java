package io.transferlab.aggregator.results;

import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.StudyLevelRef;

import java.util.List;

/**
 * One accepted level of a study as its experiment stands.
 *
 * @param ref          the study and the level's place in it, as data-prep accepted it
 * @param experimentId the level's experiment
 * @param specDigest   that experiment's spec digest
 * @param summary      its progress
 * @param scores       its evaluated planned nets
 * @param estimates    its seeds' transfer estimates received so far
 */
public record StudyLevelState(StudyLevelRef ref, String experimentId, String specDigest, ExperimentSummary summary,
                              List<Score> scores, List<EstimatesCompleted> estimates) {

    public boolean complete() {
        return summary.state() == ExperimentState.COMPLETE;
    }
}
