package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.StudyResult;
import io.transferlab.contracts.spec.StudyAxis;

import java.util.List;

/**
 * One study: its levels' progress and, once complete, its result.
 *
 * @param studyId         the study
 * @param axis            what it varies
 * @param state           as in {@link StudySummary}
 * @param levelsDone      levels complete
 * @param levelsTotal     levels the study has
 * @param levels          the accepted levels, in the request's order
 * @param result          the study's result (the event's value); null until every level is complete
 * @param resultPublished whether a result for it has been read back from the study-results topic
 */
public record StudyDetail(String studyId, StudyAxis axis, ExperimentState state, int levelsDone, int levelsTotal,
                          List<Level> levels, StudyResult result, boolean resultPublished) {

    /**
     * @param label        the level's label
     * @param value        its place on the axis
     * @param experimentId its experiment (its page, its Figure 2)
     * @param state        that experiment's state
     * @param jobsDone     its planned jobs evaluated
     * @param jobsTotal    its planned jobs
     */
    public record Level(String label, double value, String experimentId, ExperimentState state, int jobsDone,
                        int jobsTotal) {

        static Level of(StudyLevelState level) {
            return new Level(level.ref().label(), level.ref().value(), level.experimentId(), level.summary().state(),
                    level.summary().jobsDone(), level.summary().jobsTotal());
        }
    }
}
