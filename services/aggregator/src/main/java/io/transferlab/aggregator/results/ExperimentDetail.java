package io.transferlab.aggregator.results;

import java.util.List;

/**
 * One experiment: its summary's fields, every planned job, why requests with its id were rejected, and whether its
 * result is out.
 *
 * @param experimentId     the experiment
 * @param state            where it stands
 * @param jobsDone         planned jobs evaluated
 * @param jobsTotal        planned jobs
 * @param running          jobs training now
 * @param failed           jobs whose latest attempt failed
 * @param acceptedAt       epoch milliseconds; null if never accepted
 * @param jobs             every planned job, in plan order
 * @param rejectionReasons the reasons of every rejection of a request with this id, without repeats
 * @param resultPublished  whether its result has been read back from the results topic
 */
public record ExperimentDetail(String experimentId, ExperimentState state, int jobsDone, int jobsTotal, int running,
                               int failed, Long acceptedAt, List<JobView> jobs, List<String> rejectionReasons,
                               boolean resultPublished) {

    static ExperimentDetail of(ExperimentSummary summary, List<JobView> jobs, List<String> rejectionReasons,
                               boolean resultPublished) {
        return new ExperimentDetail(summary.experimentId(), summary.state(), summary.jobsDone(), summary.jobsTotal(),
                summary.running(), summary.failed(), summary.acceptedAt(), jobs, rejectionReasons, resultPublished);
    }
}
