package io.transferlab.aggregator.results;

import io.transferlab.contracts.messaging.EvaluationCompleted;
import io.transferlab.contracts.messaging.JobStatus;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Variant;

/**
 * One planned job as the REST API shows it.
 *
 * @param jobId           the job
 * @param label           the paper's name of the net, e.g. "AnB+ n=3"
 * @param variant         which network
 * @param depth           n (0 for base nets)
 * @param seed            the sweep seed
 * @param state           where it stands
 * @param worker          the trainer that last reported on it; null if none
 * @param iteration       steps completed, as last reported
 * @param totalIterations steps in its budget, as last reported
 * @param message         detail of the latest status event, e.g. the error of a failed attempt
 * @param testAccuracy    top-1 on the test images once evaluated, else null
 * @param bestValidation  the paper's metric once evaluated, else null
 */
public record JobView(String jobId, String label, Variant variant, int depth, long seed, JobState state,
                      String worker, long iteration, long totalIterations, String message, Double testAccuracy,
                      Double bestValidation) {

    static JobView of(PlannedJob job, JobStatus status, EvaluationCompleted evaluation) {
        return new JobView(job.jobId(), job.label(), job.variant(), job.depth(), job.seed(), state(status, evaluation),
                status == null ? null : status.worker(),
                status == null ? 0 : status.iteration(),
                status == null ? 0 : status.totalIterations(),
                status == null ? null : status.message(),
                evaluation == null ? null : evaluation.report().accuracy(),
                evaluation == null ? null : evaluation.bestValidation());
    }

    /** The evaluation wins over any status: a status event may still arrive after it, the topics are independent. */
    private static JobState state(JobStatus status, EvaluationCompleted evaluation) {
        if (evaluation != null) {
            return JobState.EVALUATED;
        }
        if (status == null) {
            return JobState.PENDING;
        }
        return switch (status.state()) {
            case HANDED_OVER -> JobState.PENDING;
            case STARTED, PROGRESS -> JobState.RUNNING;
            case FINISHED -> JobState.TRAINED;
            case FAILED -> JobState.FAILED;
        };
    }
}
