package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;

import java.util.List;

/**
 * The partition of {@value Topics#JOBS} a job is published to: its place in its experiment's plan (spread, see
 * {@link #SPREAD}), shifted by a number drawn from the experiment id so that experiments running together do not all
 * begin on partition 0. A plan's jobs thus lie evenly over the partitions, and the trainers that own them, where hashing the job id piled them up (the
 * default sweep: 15 of its 72 jobs on one partition, 2 on another; docs/messages.md). A job always goes to the same
 * partition, so a duplicate queues behind the original on one trainer rather than training beside it on another.
 */
public final class JobPartitions {

    /**
     * The offset of a plan's i-th job (i mod 12) from the experiment's first partition: consecutive jobs go to
     * partitions 6 apart, then 3, so a consumer group that splits the 12 partitions into 2 (or 4) contiguous ranges,
     * as Kafka's sticky assignor did for two trainers (0-5 and 6-11), gets a plan's first jobs in turn instead of the
     * first 6 on one trainer: the predict preset's 8 base nets went 5 to 3, and one trainer trained a fifth net while
     * the other waited. Every 12 consecutive jobs still cover the 12 partitions once.
     */
    private static final int[] SPREAD = {0, 6, 3, 9, 1, 7, 4, 10, 2, 8, 5, 11};

    private JobPartitions() {
    }

    public static int of(TrainingJob job) {
        return of(job.job().experimentId(), indexIn(Planner.plan(job.spec()), job.job().jobId()));
    }

    /** The partition of the job at {@code index} of experiment {@code experimentId}'s plan. */
    public static int of(String experimentId, int index) {
        return Math.floorMod(experimentId.hashCode() + SPREAD[Math.floorMod(index, SPREAD.length)],
                Topics.JOB_PARTITIONS);
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
