package io.transferlab.aggregator.results;

/**
 * One line of the experiment list.
 *
 * @param experimentId the experiment
 * @param state        where it stands
 * @param jobsDone     planned jobs evaluated
 * @param jobsTotal    planned jobs (0 for a rejected request)
 * @param running      jobs training now
 * @param failed       jobs whose latest attempt failed
 * @param acceptedAt   epoch milliseconds; null for a rejected request
 */
public record ExperimentSummary(String experimentId, ExperimentState state, int jobsDone, int jobsTotal, int running,
                                int failed, Long acceptedAt) {
}
