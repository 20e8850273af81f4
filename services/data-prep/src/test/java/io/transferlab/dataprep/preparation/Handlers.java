package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.messaging.HalfShards;
import io.transferlab.contracts.messaging.SeedShards;
import io.transferlab.contracts.messaging.ShardRef;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.validation.ValidationBounds;
import io.transferlab.dataprep.config.BoundsConfig;
import io.transferlab.dataprep.config.DataPrepConfig;
import io.transferlab.service.storage.AcceptedStore;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** A request handler without Quarkus or servers: configuration as given, storage in memory, shards as the test says. */
public final class Handlers {

    private static final ShardRef SHARD = new ShardRef("shard", "d".repeat(64), 1);

    /** Shards as a handler's stand-in preparation returns them: what a test expects an accepted event to carry. */
    public static final ExperimentShards SHARDS = new ExperimentShards(List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8, 9),
            new HalfShards(List.of(new SeedShards(1, 1, SHARD, SHARD)), SHARD),
            new HalfShards(List.of(new SeedShards(1, 1, SHARD, SHARD)), SHARD));

    private Handlers() {
    }

    /** Local data sets under {@code root}, S3 ones under s3://transferlab/datasets/, requests up to 64 KiB. */
    public static DataPrepConfig config(Path root) {
        return new DataPrepConfig() {
            @Override
            public int maxRequestBytes() {
                return 65536;
            }

            @Override
            public List<String> allowedRoots() {
                return List.of(root.toString());
            }

            @Override
            public List<String> allowedS3Prefixes() {
                return List.of("s3://transferlab/datasets");
            }
        };
    }

    /** The handler with default bounds, the accepted events in {@code accepted}, and shards as {@code shards} says. */
    public static RequestHandler handler(Path root, AcceptedStore accepted,
                                         Function<ResolvedSpec, Checked<ExperimentShards>> shards) {
        DataPrepConfig config = config(root);
        return new RequestHandler(config, bounds(), new DataLocations(config, null), accepted,
                new DataShards(null, null, null) {
                    @Override
                    public Checked<ExperimentShards> prepare(ResolvedSpec resolved) {
                        return shards.apply(resolved);
                    }
                });
    }

    private static BoundsConfig bounds() {
        ValidationBounds bounds = ValidationBounds.DEFAULT;
        return new BoundsConfig() {
            @Override
            public int maxEpochs() {
                return bounds.maxEpochs();
            }

            @Override
            public long maxIterations() {
                return bounds.maxIterations();
            }

            @Override
            public int maxBatchSize() {
                return bounds.maxBatchSize();
            }

            @Override
            public int maxSeeds() {
                return bounds.maxSeeds();
            }

            @Override
            public int maxJobs() {
                return bounds.maxJobs();
            }

            @Override
            public int maxTrainImages() {
                return bounds.maxTrainImages();
            }
        };
    }

    /**
     * Accepted events kept in memory instead of object storage; anonymous, so that Quarkus, which indexes the test
     * classes too, does not take it for a second AcceptedStore bean.
     */
    public static AcceptedStore memory() {
        Map<String, ExperimentAccepted> events = new ConcurrentHashMap<>();
        return new AcceptedStore(null) {
            @Override
            public Optional<ExperimentAccepted> find(String experimentId) {
                return Optional.ofNullable(events.get(experimentId));
            }

            @Override
            public void save(ExperimentAccepted event) {
                events.put(event.experimentId(), event);
            }
        };
    }
}
