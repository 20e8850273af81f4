package io.transferlab.aggregator.results;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Figure2Table;
import io.transferlab.analysis.Score;
import io.transferlab.analysis.ScoreChecks;
import io.transferlab.analysis.design.PairingMeasure;
import io.transferlab.analysis.findings.Findings;
import io.transferlab.analysis.prediction.Predictions;
import io.transferlab.contracts.messaging.EstimatesCompleted;
import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentResult;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.messaging.Prediction;
import io.transferlab.contracts.messaging.StudyLevelRef;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the aggregator knows of one experiment. The topics are read side by side, so events arrive in any order: an
 * evaluation may come before its experiment's acceptance, which is why the plan may still be unknown. Every method is
 * synchronized: each channel calls in from its own thread.
 */
final class Experiment {

    private final String id;
    private ExperimentAccepted accepted;
    private final Map<String, EvaluationCompleted> evaluations = new HashMap<>();
    private final Map<Long, EstimatesCompleted> estimates = new HashMap<>();
    private final Map<String, JobStatus> statuses = new HashMap<>();
    private final Set<String> rejectionReasons = new LinkedHashSet<>();
    /** A result for it is on the results topic (ours or an earlier process's). */
    private boolean resultSeen;

    Experiment(String id) {
        this.id = id;
    }

    synchronized void accepted(ExperimentAccepted event) {
        accepted = event;
    }

    /** A second evaluation of the same job (a redelivery) replaces the first. */
    synchronized void evaluated(EvaluationCompleted event) {
        evaluations.put(event.job().jobId(), event);
    }

    /** A second announcement of a seed's estimates (a redelivery, or a retry that succeeded) replaces the first. */
    synchronized void estimated(EstimatesCompleted event) {
        estimates.put(event.seed(), event);
    }

    /** Status events of a job share its key, hence a partition: the last one read is the latest. */
    synchronized void status(JobStatus event) {
        statuses.put(event.jobId(), event);
    }

    synchronized Optional<EvaluationCompleted> evaluation(String jobId) {
        return Optional.ofNullable(evaluations.get(jobId));
    }

    synchronized Optional<JobStatus> status(String jobId) {
        return Optional.ofNullable(statuses.get(jobId));
    }

    synchronized void rejected(List<String> reasons) {
        rejectionReasons.addAll(reasons);
    }

    synchronized void resultSeen() {
        resultSeen = true;
    }

    /** Only experiments accepted or rejected exist for the API; stray events alone do not make one. */
    synchronized boolean known() {
        return accepted != null || !rejectionReasons.isEmpty();
    }

    /** Whether a result for it has been read back from the results topic (ours or an earlier process's). */
    synchronized boolean resultPublished() {
        return resultSeen;
    }

    /** Its result as of now, if it is {@link #complete()}. */
    synchronized Optional<ExperimentResult> result(long now) {
        if (!complete()) {
            return Optional.empty();
        }
        List<Score> scores = plannedScores();
        return Optional.of(new ExperimentResult(id, accepted.specDigest(), Figure2Table.cells(scores),
                Findings.of(scores), ScoreChecks.warnings(scores), variance(), PairingMeasure.of(scores,
                Metric.PRIMARY), prediction(scores), accepted.plan().size(), now));
    }

    synchronized ExperimentSummary summary() {
        List<JobView> jobs = jobs();
        int done = count(jobs, JobState.EVALUATED);
        ExperimentState state;
        if (accepted == null) {
            state = ExperimentState.REJECTED;
        } else if (complete()) {
            state = ExperimentState.COMPLETE;
        } else if (jobs.stream().anyMatch(job -> job.state() != JobState.PENDING)) {
            state = ExperimentState.RUNNING;
        } else {
            state = ExperimentState.ACCEPTED;
        }
        return new ExperimentSummary(id, state, done, jobs.size(), count(jobs, JobState.RUNNING),
                count(jobs, JobState.FAILED), accepted == null ? null : accepted.acceptedAt());
    }

    synchronized ExperimentDetail detail() {
        return ExperimentDetail.of(summary(), jobs(), List.copyOf(rejectionReasons), resultSeen);
    }

    /** Every planned net's scores, one row each: what the findings and a study's statistics are computed from. */
    synchronized List<Score> scores() {
        return plannedScores();
    }

    /** The study this experiment is a level of, if any. */
    synchronized Optional<StudyLevelRef> study() {
        return Optional.ofNullable(accepted).map(ExperimentAccepted::study);
    }

    /** What a study needs of this experiment, if it is a level of one. */
    synchronized Optional<StudyLevelState> studyLevel() {
        return study().map(ref -> new StudyLevelState(ref, id, accepted.specDigest(), summary(), plannedScores(),
                estimatesOf()));
    }

    synchronized ResultsTable table() {
        List<Score> scores = plannedScores();
        return new ResultsTable(id, complete(), Figure2Table.cells(scores), Findings.of(scores),
                ScoreChecks.warnings(scores), accepted == null ? null : variance(),
                PairingMeasure.of(scores, Metric.PRIMARY), prediction(scores));
    }

    /** The estimates of the seeds received so far, and how they compare with the nets measured so far. */
    private Prediction prediction(List<Score> scores) {
        if (accepted == null || estimatesSeeds().isEmpty()) {
            return Prediction.none("no estimates: the plan has no seed with both a baseA and a baseB");
        }
        return Predictions.of(scores, estimatesOf(), accepted.spec().depths());
    }

    /** The estimates of planned seeds, in seed order. */
    private List<EstimatesCompleted> estimatesOf() {
        return estimatesSeeds().stream().map(estimates::get).filter(Objects::nonNull).toList();
    }

    /** The seeds the evaluator estimates ({@link Planner#estimatedSeeds}). */
    private List<Long> estimatesSeeds() {
        return Planner.estimatedSeeds(plan());
    }

    /** What the intervals over seeds cover, from the accepted spec's data draw. */
    private String variance() {
        return accepted.spec().split().draw().variance();
    }

    /**
     * Every planned job has been evaluated and every seed with a baseA and a baseB in the plan has its estimates (or
     * their failure). An experiment whose result is out already is complete without them: it may have been published
     * before estimates existed.
     */
    private boolean complete() {
        return accepted != null && accepted.plan().stream().allMatch(job -> evaluations.containsKey(job.jobId()))
                && (resultSeen || estimatesSeeds().stream().allMatch(estimates::containsKey));
    }

    private List<JobView> jobs() {
        List<JobView> jobs = new ArrayList<>();
        for (PlannedJob job : plan()) {
            jobs.add(JobView.of(job, statuses.get(job.jobId()), evaluations.get(job.jobId())));
        }
        return jobs;
    }

    /** Scores of planned jobs only: the table describes the plan it was accepted with. */
    private List<Score> plannedScores() {
        return Score.of(plan().stream().map(job -> evaluations.get(job.jobId())).filter(Objects::nonNull).toList());
    }

    private List<PlannedJob> plan() {
        return accepted == null ? List.of() : accepted.plan();
    }

    private static int count(List<JobView> jobs, JobState state) {
        return (int) jobs.stream().filter(job -> job.state() == state).count();
    }
}
