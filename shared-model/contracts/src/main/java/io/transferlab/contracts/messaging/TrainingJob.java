package io.transferlab.contracts.messaging;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.ResolvedSpec;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One transfer configuration to train, with object keys, never data or model bytes. A base net's message carries the
 * jobs that copy from it, ready to publish: data-prep plans them all, and the trainer that finishes the base net
 * only sends them. A study's shared base net lists the dependents of every level it serves.
 *
 * @param job        the planned job
 * @param spec       the resolved experiment spec
 * @param specDigest digest of the resolved spec
 * @param shards     the experiment's data shards
 * @param dependents the jobs to publish once this one's final checkpoint is stored; empty for most jobs
 */
public record TrainingJob(PlannedJob job, ResolvedSpec spec, String specDigest, ExperimentShards shards,
                          List<TrainingJob> dependents) {

    public TrainingJob {
        dependents = List.copyOf(dependents);
    }

    /**
     * The experiment's jobs that wait on nothing (base nets, random controls), each with the jobs that copy from it,
     * in the order of {@link #releasingFirst}.
     */
    public static List<TrainingJob> roots(ExperimentAccepted event) {
        return releasingFirst(event.plan().stream().filter(job -> job.parentJobId() == null)
                .map(root -> new TrainingJob(root, event.spec(), event.specDigest(), event.shards(),
                        Planner.dependents(event.plan(), root.jobId()).stream()
                                .map(dependent -> new TrainingJob(dependent, event.spec(), event.specDigest(),
                                        event.shards(), List.of()))
                                .toList()))
                .toList());
    }

    /**
     * Jobs that release more jobs first, the rest in their given order: the critical path first. A partition's jobs
     * are trained in the order they were published, so a base net published behind a random control would hold back
     * every net that copies from it while the control trains.
     */
    public static List<TrainingJob> releasingFirst(Collection<TrainingJob> jobs) {
        return jobs.stream().sorted(Comparator.comparingInt((TrainingJob job) -> job.dependents().size()).reversed())
                .toList();
    }
}
