package io.transferlab.aggregator.results;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.study.StudyLevel;
import io.transferlab.analysis.study.StudyResults;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.messaging.StudyResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The studies, seen through their levels: a study is the accepted experiments that carry its studyId, so there is
 * nothing to keep but which results have been read back. Its result is computed on the primary metric, like the
 * findings it extends.
 */
@ApplicationScoped
public class Studies {

    private static final Comparator<StudyLevelState> IN_REQUEST_ORDER =
            Comparator.comparingInt(level -> level.ref().index());

    private final ExperimentStore experiments;
    private final Set<String> resultsSeen = ConcurrentHashMap.newKeySet();

    public Studies(ExperimentStore experiments) {
        this.experiments = experiments;
    }

    /** The study the experiment is a level of, if any. */
    public Optional<String> studyOf(String experimentId) {
        return experiments.study(experimentId).map(StudyLevelRef::studyId);
    }

    public List<String> ids() {
        return experiments.studyIds();
    }

    public void resultSeen(StudyResult result) {
        resultsSeen.add(result.studyId());
    }

    /** Whether a result for the study has been read back from the study-results topic. */
    public boolean resultPublished(String studyId) {
        return resultsSeen.contains(studyId);
    }

    public List<StudySummary> summaries() {
        return ids().stream().map(this::levels).flatMap(Optional::stream).map(Studies::summary).toList();
    }

    public Optional<StudyDetail> detail(String studyId, long now) {
        return levels(studyId).map(levels -> {
            StudySummary summary = summary(levels);
            return new StudyDetail(studyId, summary.axis(), summary.state(), summary.levelsDone(),
                    summary.levelsTotal(), levels.stream().map(StudyDetail.Level::of).toList(),
                    complete(levels) ? result(studyId, levels, now) : null, resultPublished(studyId));
        });
    }

    /** The study's result, once every level is accepted and complete. */
    public Optional<StudyResult> result(String studyId, long now) {
        return levels(studyId).filter(Studies::complete).map(levels -> result(studyId, levels, now));
    }

    /** The study as it stands, levels still running included: what the figure draws. */
    public Optional<StudyResult> current(String studyId, long now) {
        return levels(studyId).map(levels -> result(studyId, levels, now));
    }

    private static StudyResult result(String studyId, List<StudyLevelState> levels, long now) {
        List<StudyLevelResult> results = levels.stream().map(level -> new StudyLevelResult(level.ref().label(),
                level.ref().value(), level.experimentId(), level.specDigest())).toList();
        List<StudyLevel> scored = levels.stream()
                .map(level -> new StudyLevel(level.ref().label(), level.ref().value(), level.scores())).toList();
        StudyLevelRef ref = levels.get(0).ref();
        return StudyResults.of(studyId, ref.axis(), results, scored,
                levels.stream().map(StudyLevelState::estimates).toList(), Metric.PRIMARY, ref.margin(), now);
    }

    private static StudySummary summary(List<StudyLevelState> levels) {
        int done = (int) levels.stream().filter(StudyLevelState::complete).count();
        ExperimentState state = complete(levels) ? ExperimentState.COMPLETE
                : levels.stream().anyMatch(level -> level.summary().state() != ExperimentState.ACCEPTED)
                ? ExperimentState.RUNNING : ExperimentState.ACCEPTED;
        return new StudySummary(levels.get(0).ref().studyId(), levels.get(0).ref().axis(), state, done,
                levels.get(0).ref().levels());
    }

    private static boolean complete(List<StudyLevelState> levels) {
        return levels.size() == levels.get(0).ref().levels() && levels.stream().allMatch(StudyLevelState::complete);
    }

    /** The study's accepted levels in the request's order, if it has any; built for this study alone. */
    private Optional<List<StudyLevelState>> levels(String studyId) {
        List<StudyLevelState> levels = experiments.studyLevels(studyId).stream().sorted(IN_REQUEST_ORDER).toList();
        return levels.isEmpty() ? Optional.empty() : Optional.of(levels);
    }
}
