package io.transferlab.testsupport;

import io.transferlab.contracts.json.Digests;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.messaging.HalfShards;
import io.transferlab.contracts.messaging.SeedShards;
import io.transferlab.contracts.messaging.ShardRef;
import io.transferlab.contracts.messaging.TrainingJob;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.plan.Planner;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.contracts.validation.ValidationBounds;
import io.transferlab.data.DataPreparation;
import io.transferlab.data.HalfParts;
import io.transferlab.data.ImageSet;
import io.transferlab.data.PreparedData;
import io.transferlab.data.TrainTest;
import io.transferlab.data.shard.ShardCodec;
import io.transferlab.data.synthetic.SyntheticImages;
import io.transferlab.storage.ObjectStore;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * An experiment small enough to train in seconds, prepared exactly as the services expect one: 4 synthetic classes of
 * 1x16x16 images (40 each; the first 30 of each class are the training images, the last 10 the test images), split
 * A = [0, 1], B = [2, 3], depth 1, seed 1 (drawing its own training and validation images), 8 iterations of batch
 * 16 with a checkpoint and a validation every 4; its six data shards encoded and referenced by digest.
 * {@link #upload} puts the shards where the messages say they are.
 */
public final class TinyExperiment {

    public static final int CLASSES = 4;
    public static final int PER_CLASS = 40;
    public static final int TRAIN_PER_CLASS = 30;
    public static final int SIZE = 16;
    public static final long IMAGES_SEED = 7;
    public static final int ITERATIONS = 8;
    public static final int BATCH_SIZE = 16;
    public static final int CHECKPOINT_EVERY = 4;
    public static final int VALIDATE_EVERY = 4;

    /** The one sweep seed; it draws its own training and validation images (the default per-seed draw). */
    public static final long SEED = 1;

    private final ResolvedSpec spec;
    private final String specDigest;
    private final PreparedData data;
    private final Map<String, byte[]> shardBytes;
    private final ExperimentShards shards;

    private TinyExperiment(ResolvedSpec spec, PreparedData data) {
        this.spec = spec;
        this.specDigest = Json.digest(spec);
        this.data = data;
        this.shardBytes = new LinkedHashMap<>();
        this.shards = new ExperimentShards(data.classesA(), data.classesB(), half(Half.A), half(Half.B));
    }

    /** A fresh experiment id with this prefix: a test never sees another test's messages or objects. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The tiny experiment with this id and these variants (their base nets are planned too). */
    public static TinyExperiment create(String experimentId, List<Variant> variants) {
        ExperimentSpec request = new ExperimentSpec(experimentId, new DatasetRef("mnist", null),
                SplitSpec.explicit(List.of(0, 1), List.of(2, 3)), NetArchitecture.COMPACT8.id(), List.of(1), variants,
                List.of(SEED), null,
                TrainingBudget.builder().iterations(ITERATIONS).batchSize(BATCH_SIZE)
                        .checkpointEvery(CHECKPOINT_EVERY).build(),
                new EvaluationSettings(VALIDATE_EVERY, null, null, null));
        List<String> problems = new SpecValidator(ValidationBounds.DEFAULT).validate(request);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the tiny experiment is not a valid request: " + problems);
        }
        ResolvedSpec resolved = request.resolve();
        return new TinyExperiment(resolved, DataPreparation.prepare(resolved, images()));
    }

    /** The generated images: labels cycle 0..3, so the first 120 hold 30 of each class and the last 40 hold 10. */
    public static TrainTest images() {
        ImageSet all = SyntheticImages.generate(CLASSES, PER_CLASS, 1, SIZE, SIZE, IMAGES_SEED);
        int trainCount = CLASSES * TRAIN_PER_CLASS;
        return new TrainTest(all.select(IntStream.range(0, trainCount).toArray()),
                all.select(IntStream.range(trainCount, all.count()).toArray()));
    }

    /** Puts the six shards into object storage, under the keys {@link #shards()} names. */
    public TinyExperiment upload(ObjectStore store) {
        shardBytes.forEach(store::put);
        return this;
    }

    public ResolvedSpec spec() {
        return spec;
    }

    public String experimentId() {
        return spec.experimentId();
    }

    public String specDigest() {
        return specDigest;
    }

    public PreparedData data() {
        return data;
    }

    /** The train, validation and test images of one half, as the shards hold them (its one seed's draw). */
    public HalfParts parts(Half half) {
        return data.half(half).parts(SEED);
    }

    public ExperimentShards shards() {
        return shards;
    }

    public List<PlannedJob> plan() {
        return Planner.plan(spec);
    }

    /** Its accepted event, as data-prep publishes it and stores it beside the shards. */
    public ExperimentAccepted accepted() {
        return new ExperimentAccepted(experimentId(), spec, specDigest, plan(), shards, 0, null);
    }

    /** The planned job of this variant (base nets at depth 0, the others at depth 1). */
    public PlannedJob job(Variant variant) {
        return plan().stream().filter(job -> job.variant() == variant).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(variant + " is not planned in " + experimentId()));
    }

    /** The message that asks a trainer for this variant's net. */
    public TrainingJob trainingJob(Variant variant) {
        return trainingJob(job(variant));
    }

    /** As data-prep publishes it: a base net's message carries the jobs that copy from it. */
    public TrainingJob trainingJob(PlannedJob job) {
        return new TrainingJob(job, spec, specDigest, shards, Planner.dependents(plan(), job.jobId()).stream()
                .map(dependent -> new TrainingJob(dependent, spec, specDigest, shards, List.of())).toList());
    }

    /** The half's shards as data-prep writes them: its seed's draw (data seed = the seed) and the test shard. */
    private HalfShards half(Half half) {
        HalfParts parts = parts(half);
        String id = spec.experimentId();
        return new HalfShards(List.of(new SeedShards(SEED, SEED,
                shard(ObjectKeys.drawShard(id, half, "train", SEED), parts.train()),
                shard(ObjectKeys.drawShard(id, half, "validation", SEED), parts.validation()))),
                shard(ObjectKeys.shard(id, half, "test"), parts.test()));
    }

    private ShardRef shard(String key, ImageSet set) {
        byte[] bytes = ShardCodec.encode(set);
        shardBytes.put(key, bytes);
        return new ShardRef(key, Digests.sha256(bytes), set.count());
    }
}
