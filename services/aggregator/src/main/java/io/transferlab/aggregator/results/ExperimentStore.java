package io.transferlab.aggregator.results;

import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.plan.PlannedJob;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every experiment's state, in memory only: it is rebuilt from the topics on each start, so there is nothing to
 * persist and nothing to migrate. Thread-safe: the map is concurrent and each experiment guards itself.
 */
@ApplicationScoped
public class ExperimentStore {

    private final ConcurrentMap<String, Experiment> experiments = new ConcurrentHashMap<>();
    /**
     * A study's level plans the nets all its levels share under the first level's experiment: job id to the other
     * experiments that plan it, so its events count in each.
     */
    private final ConcurrentMap<String, Set<String>> alsoPlannedBy = new ConcurrentHashMap<>();

    public void accepted(ExperimentAccepted event) {
        Experiment experiment = experiment(event.experimentId());
        experiment.accepted(event);
        for (PlannedJob job : event.plan()) {
            if (!job.experimentId().equals(event.experimentId())) {
                // Registered before the copy: an event read meanwhile arrives by one way or the other, or both.
                alsoPlannedBy.computeIfAbsent(job.jobId(), id -> ConcurrentHashMap.newKeySet())
                        .add(event.experimentId());
                Experiment home = experiment(job.experimentId());
                home.evaluation(job.jobId()).ifPresent(experiment::evaluated);
                home.status(job.jobId()).ifPresent(experiment::status);
            }
        }
    }

    /** @return the experiments the evaluation counts in: its job's own, and those sharing the job */
    public List<String> evaluated(EvaluationCompleted event) {
        List<String> ids = planning(event.job().experimentId(), event.job().jobId());
        ids.forEach(id -> experiment(id).evaluated(event));
        return ids;
    }

    /** Estimates are made per experiment, shared base nets or not: they count in the experiment they name. */
    public void estimated(EstimatesCompleted event) {
        experiment(event.experimentId()).estimated(event);
    }

    public void status(JobStatus event) {
        planning(event.experimentId(), event.jobId()).forEach(id -> experiment(id).status(event));
    }

    private List<String> planning(String experimentId, String jobId) {
        List<String> ids = new ArrayList<>();
        ids.add(experimentId);
        ids.addAll(alsoPlannedBy.getOrDefault(jobId, Set.of()));
        return ids;
    }

    /** A rejection without an experiment id (an unreadable request) cannot be looked up, so it is not kept. */
    public void rejected(RequestRejected event) {
        if (event.experimentId() != null) {
            experiment(event.experimentId()).rejected(event.reasons() == null ? List.of() : event.reasons());
        }
    }

    public void resultSeen(ExperimentResult event) {
        experiment(event.experimentId()).resultSeen();
    }

    /** Whether a result for the experiment has been read back from the results topic. */
    public boolean resultPublished(String experimentId) {
        Experiment experiment = experiments.get(experimentId);
        return experiment != null && experiment.resultPublished();
    }

    /** The experiment's result as of {@code now}, if it is complete. */
    public Optional<ExperimentResult> result(String experimentId, long now) {
        Experiment experiment = experiments.get(experimentId);
        return experiment == null ? Optional.empty() : experiment.result(now);
    }

    /** Every experiment id seen in any event, known to the API or not. */
    public List<String> ids() {
        return List.copyOf(experiments.keySet());
    }

    /** Known experiments, by id. */
    public List<ExperimentSummary> summaries() {
        return experiments.values().stream()
                .filter(Experiment::known)
                .map(Experiment::summary)
                .sorted(Comparator.comparing(ExperimentSummary::experimentId))
                .toList();
    }

    public Optional<ExperimentDetail> detail(String experimentId) {
        return known(experimentId).map(Experiment::detail);
    }

    public Optional<ResultsTable> table(String experimentId) {
        return known(experimentId).map(Experiment::table);
    }

    public Optional<List<Score>> scores(String experimentId) {
        return known(experimentId).map(Experiment::scores);
    }

    /** The study's accepted levels; only their experiments' states are computed, not every study's. */
    public List<StudyLevelState> studyLevels(String studyId) {
        return experiments.values().stream()
                .filter(experiment -> experiment.study().filter(ref -> ref.studyId().equals(studyId)).isPresent())
                .map(Experiment::studyLevel).flatMap(Optional::stream).toList();
    }

    /** The ids of the studies with an accepted level, sorted; read from the accepted events alone. */
    public List<String> studyIds() {
        return experiments.values().stream().map(Experiment::study).flatMap(Optional::stream)
                .map(StudyLevelRef::studyId).distinct().sorted().toList();
    }

    /** The study the experiment is a level of: read from its accepted event, without computing its state. */
    public Optional<StudyLevelRef> study(String experimentId) {
        return Optional.ofNullable(experiments.get(experimentId)).flatMap(Experiment::study);
    }

    private Optional<Experiment> known(String experimentId) {
        return Optional.ofNullable(experiments.get(experimentId)).filter(Experiment::known);
    }

    private Experiment experiment(String experimentId) {
        return experiments.computeIfAbsent(experimentId, Experiment::new);
    }
}
