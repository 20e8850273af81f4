package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every experiment's state, in memory only: it is rebuilt from the topics on each start, so there is nothing to
 * persist and nothing to migrate. Thread-safe: the map is concurrent and each experiment guards itself.
 */
@ApplicationScoped
public class ExperimentStore {

    private final ConcurrentMap<String, Experiment> experiments = new ConcurrentHashMap<>();

    public void accepted(ExperimentAccepted event) {
        experiment(event.experimentId()).accepted(event);
    }

    public void evaluated(EvaluationCompleted event) {
        experiment(event.job().experimentId()).evaluated(event);
    }

    public void status(JobStatus event) {
        experiment(event.experimentId()).status(event);
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

    private Optional<Experiment> known(String experimentId) {
        return Optional.ofNullable(experiments.get(experimentId)).filter(Experiment::known);
    }

    private Experiment experiment(String experimentId) {
        return experiments.computeIfAbsent(experimentId, Experiment::new);
    }
}
