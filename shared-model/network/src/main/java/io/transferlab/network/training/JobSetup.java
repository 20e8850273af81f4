package io.transferlab.network.training;

import io.transferlab.contracts.messaging.CheckpointManifest;
import io.transferlab.contracts.messaging.Provenance;
import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedEvaluation;
import io.transferlab.contracts.spec.Seeds;

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

    /** Stream numbers within the stream seed; NetFactory's layer streams are number 3. */
    private static final long ORDER_STREAM = 1;
    private static final long DROPOUT_STREAM = 2;

    /**
     * The seed of the random streams every net of this job's sweep seed and target half shares (common random numbers):
     * the initial weights of its layers (one stream per layer, see NetFactory#layerSeed), its batch order and its
     * dropout masks. So baseB, BnB, AnB, AnB+ and RnB of one seed start layer i from the same weights and visit the
     * same batches: their paired differences are free of that noise.
     */
    public long streamSeed() {
        return streamSeed(job.seed(), job.variant().target());
    }

    /** The stream seed of sweep seed {@code seed}'s nets that train on half {@code target}. */
    public static long streamSeed(long seed, Half target) {
        return Seeds.mix(seed, target == Half.A ? 0xA : 0xB);
    }

    /** The seed of the permutation of each epoch's images. */
    long orderSeed() {
        return Seeds.mix(streamSeed(), ORDER_STREAM);
    }

    /** The seed of the dropout masks of iteration {@code iteration}: a resumed run draws what the first would have. */
    long dropoutSeed(long iteration) {
        return Seeds.mix(Seeds.mix(streamSeed(), DROPOUT_STREAM), iteration);
    }

    /** The job's own seed, distinct per variant (by its stable salt, never its position) and depth within a seed. */
    public long jobSeed() {
        return Seeds.mix(job.seed(), 31L * job.variant().salt() + job.depth() + 1);
    }

    /**
     * The manifest of the job's checkpoint at {@code progress}: complete once the budget is trained through.
     *
     * @param parentCheckpointId the checkpoint the net copied its layers from, or null
     */
    public CheckpointManifest manifest(TrainingProgress progress, String parentCheckpointId, int numClasses) {
        Provenance provenance = new Provenance(specDigest, job.seed(), streamSeed(), jobSeed(), dataDigest,
                parentCheckpointId, CodeVersion.get());
        return new CheckpointManifest(CheckpointManifest.checkpointId(job.jobId(), progress.iteration()),
                job.jobId(), job.variant(), job.depth(), numClasses, progress.finished(), progress, provenance);
    }
}
