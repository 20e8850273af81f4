package io.transferlab.contracts.messaging;

/**
 * What a trainer is doing with a job; progress messages are throttled.
 *
 * @param jobId           the job
 * @param experimentId    its experiment
 * @param state           STARTED, PROGRESS, FINISHED, FAILED, or HANDED_OVER (stopped at {@code iteration} because
 *                        its partition moved to another trainer, which resumes it from the checkpoint there)
 * @param worker          the trainer instance
 * @param iteration       steps completed
 * @param totalIterations steps in the budget
 * @param loss            latest training loss
 * @param imagesPerSecond latest training throughput
 * @param message         detail, e.g. the error of a failed job
 */
public record JobStatus(String jobId, String experimentId, State state, String worker, long iteration,
                        long totalIterations, double loss, double imagesPerSecond, String message) {

    public enum State { STARTED, PROGRESS, FINISHED, FAILED, HANDED_OVER }
}
