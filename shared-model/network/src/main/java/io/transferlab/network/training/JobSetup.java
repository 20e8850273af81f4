package io.transferlab.network.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.Provenance;
import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedEvaluation;

/**
 * Everything about a job that is fixed before it starts.
 *
 * @param job               the planned job
 * @param architecture      the net's architecture
 * @param budget            the training budget
 * @param evaluation        the evaluation settings
 * @param specDigest        digest of the resolved experiment spec (provenance)
 * @param dataDigest        digest of the training shard (provenance)
 * @param cacheFrozenPrefix train a frozen net's later layers on its prefix's activations computed once, where that
 *                          pays (see {@link FrozenPrefix}: equal to the plain way up to float rounding, not bit for
 *                          bit); false for the plain way
 */
public record JobSetup(PlannedJob job, NetArchitecture architecture, ResolvedBudget budget,
                       ResolvedEvaluation evaluation, String specDigest, String dataDigest, boolean cacheFrozenPrefix) {

    /** The seed of the job's fresh layers, data order and dropout: distinct per variant and depth within a seed. */
    public long jobSeed() {
        return EpochOrder.mix(job.seed(), 31L * job.variant().ordinal() + job.depth() + 1);
    }

    /**
     * The manifest of the job's checkpoint at {@code progress}: complete once the budget is trained through.
     *
     * @param parentCheckpointId the checkpoint the net copied its layers from, or null
     */
    public CheckpointManifest manifest(TrainingProgress progress, String parentCheckpointId, int numClasses) {
        Provenance provenance = new Provenance(specDigest, job.seed(), jobSeed(), dataDigest, parentCheckpointId,
                CodeVersion.get());
        return new CheckpointManifest(CheckpointManifest.checkpointId(job.jobId(), progress.iteration()),
                job.jobId(), job.variant(), job.depth(), numClasses, progress.finished(), progress, provenance);
    }
}
