package io.transferlab.aggregator.results;

import io.transferlab.contracts.spec.StudyAxis;

/**
 * A study at a glance.
 *
 * @param studyId     the study
 * @param axis        what it varies
 * @param state       COMPLETE once every level is accepted and complete; RUNNING once any job of a level started;
 *                    else ACCEPTED
 * @param levelsDone  levels complete
 * @param levelsTotal levels the study has
 */
public record StudySummary(String studyId, StudyAxis axis, ExperimentState state, int levelsDone, int levelsTotal) {
}
