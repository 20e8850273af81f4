package io.transferlab.evaluator.estimation;

import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.SeedShards;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.network.architecture.Architecture;
import io.transferlab.network.architecture.Architectures;
import io.transferlab.network.checkpoint.Checkpoint;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.training.JobSetup;
import io.transferlab.network.transferability.Estimator;
import io.transferlab.service.dl4j.CheckpointStore;
import io.transferlab.service.storage.ShardStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.List;

/**
 * Loads a seed's final base nets and half B's images of that seed, builds the random control (the initial weights of
 * that seed's half-B nets, which RnB's prefix keeps) and runs the {@link Estimator} at the spec's depths.
 */
@ApplicationScoped
public class EstimateComputer {

    private final CheckpointStore checkpoints;
    private final ShardStore shards;

    public EstimateComputer(CheckpointStore checkpoints, ShardStore shards) {
        this.checkpoints = checkpoints;
        this.shards = shards;
    }

    /** Whether both base nets' final checkpoints are stored. */
    boolean ready(BasePair pair) {
        return checkpoints.exists(finalKey(pair.baseA())) && checkpoints.exists(finalKey(pair.baseB()));
    }

    List<DepthEstimates> compute(BasePair pair) {
        ResolvedSpec spec = pair.experiment().spec();
        SeedShards b = pair.experiment().shards().half(Half.B).of(pair.seed());
        TensorSet train = TensorSet.of(shards.fetch(b.train()));
        TensorSet validation = TensorSet.of(shards.fetch(b.validation()));
        Architecture architecture = Architectures.of(spec.architecture());
        MultiLayerNetwork random = NetFactory.create(architecture, train.shape(), train.numClasses(), spec.budget(),
                JobSetup.streamSeed(pair.seed(), Half.B), 0);
        return new Estimator(load(pair.baseA()), load(pair.baseB()), random,
                NetFactory.layout(architecture, train.shape(), train.numClasses()))
                .estimate(train, validation, spec.depths());
    }

    private MultiLayerNetwork load(PlannedJob job) {
        String key = finalKey(job);
        Checkpoint checkpoint = checkpoints.load(key)
                .orElseThrow(() -> new IllegalStateException("checkpoint missing from object storage: " + key));
        return checkpoint.net();
    }

    private static String finalKey(PlannedJob job) {
        return ObjectKeys.finalCheckpoint(PlannedJob.experimentOf(job.jobId()), job.jobId());
    }
}
