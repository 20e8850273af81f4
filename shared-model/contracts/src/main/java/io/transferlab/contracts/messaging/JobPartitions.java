package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;

import java.util.List;

/**
 * The partition of {@value Topics#JOBS} a job is published to: its place in its experiment's plan, shifted by a number
 * drawn from the experiment id so that experiments running together do not all begin on partition 0. A plan's jobs
 * thus lie evenly over the partitions, and the trainers that own them, where hashing the job id piled them up (the
 * default sweep: 15 of its 72 jobs on one partition, 2 on another; docs/messages.md). A job always goes to the same
 * partition, so a duplicate queues behind the original on one trainer rather than training beside it on another.
 */
public final class JobPartitions {

    private JobPartitions() {
    }

    public static int of(TrainingJob job) {
        return of(job.job().experimentId(), indexIn(Planner.plan(job.spec()), job.job().jobId()));
    }

    /** The partition of the job at {@code index} of experiment {@code experimentId}'s plan. */
    public static int of(String experimentId, int index) {
        return Math.floorMod(experimentId.hashCode() + index, Topics.JOB_PARTITIONS);
    }

    /** Where the plan has the job; a job its spec does not plan (none does today) by its id's hash instead. */
    private static int indexIn(List<PlannedJob> plan, String jobId) {
        for (int i = 0; i < plan.size(); i++) {
            if (plan.get(i).jobId().equals(jobId)) {
                return i;
            }
        }
        return jobId.hashCode();
    }
}
