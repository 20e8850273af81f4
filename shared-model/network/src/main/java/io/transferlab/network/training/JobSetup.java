package io.transferlab.network.training;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedEvaluation;

/**
 * Everything about a job that is fixed before it starts.
 *
 * @param job          the planned job
 * @param architecture the net's architecture
 * @param budget       the training budget
 * @param evaluation   the evaluation settings
 * @param specDigest   digest of the resolved experiment spec (provenance)
 * @param dataDigest   digest of the training shard (provenance)
 */
public record JobSetup(PlannedJob job, NetArchitecture architecture, ResolvedBudget budget,
                       ResolvedEvaluation evaluation, String specDigest, String dataDigest) {

    /** The seed of the job's fresh layers, data order and dropout: distinct per variant and depth within a seed. */
    public long jobSeed() {
        return EpochOrder.mix(job.seed(), 31L * job.variant().ordinal() + job.depth() + 1);
    }
}
