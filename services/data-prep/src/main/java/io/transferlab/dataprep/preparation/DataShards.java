package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.messaging.HalfShards;
import io.transferlab.contracts.messaging.SeedShards;
import io.transferlab.contracts.messaging.ShardRef;
import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.data.DataPreparation;
import io.transferlab.data.DatasetException;
import io.transferlab.data.HalfDraws;
import io.transferlab.data.HalfParts;
import io.transferlab.data.ImageSet;
import io.transferlab.data.PreparedData;
import io.transferlab.data.TrainTest;
import io.transferlab.data.readers.DatasetCatalog;
import io.transferlab.data.shard.ShardCodec;
import io.transferlab.dataprep.metrics.DataPrepMetrics;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an experiment's data set once, divides it as the spec asks, and writes its shards to object storage, where
 * every trainer and evaluator reads the same bytes: per half one test shard, and the training and validation shards of
 * each distinct data draw of the seeds (one draw under a fixed draw, one per seed or pair of seeds otherwise), each
 * drawn in memory, written, then let go.
 */
@ApplicationScoped
public class DataShards {

    private static final Logger LOG = Logger.getLogger(DataShards.class);

    private final DataLocations locations;
    private final ObjectStore store;
    private final DataPrepMetrics metrics;

    public DataShards(DataLocations locations, ObjectStore store, DataPrepMetrics metrics) {
        this.locations = locations;
        this.store = store;
        this.metrics = metrics;
    }

    /** The shards written, or why the data set cannot give them: the request's problem, not a crash. */
    public Checked<ExperimentShards> prepare(ResolvedSpec resolved) {
        long began = System.nanoTime();
        return locations.open(resolved.dataset()).then(dir -> read(resolved, dir)).then(data -> {
            // An image folder's class count is known only once read, so only now can the split be checked against it.
            List<String> problems = SpecValidator.checkSplit(resolved.split(), data.train().numClasses());
            return problems.isEmpty() ? Checked.of(write(resolved, data, began)) : Checked.failed(problems);
        });
    }

    private static Checked<TrainTest> read(ResolvedSpec resolved, DataDirectory directory) {
        Dataset dataset = resolved.dataset().name();
        try (DataDirectory dir = directory) {
            return Checked.of(DatasetCatalog.load(dataset, dir.path(), dataset.input(resolved.architecture())));
        } catch (DatasetException e) {
            return Checked.problem("dataset: " + directory.explain(e.getMessage()));
        }
    }

    private ExperimentShards write(ResolvedSpec resolved, TrainTest data, long began) {
        String id = resolved.experimentId();
        PreparedData prepared = DataPreparation.prepare(resolved, data);
        long read = System.nanoTime();
        ExperimentShards shards = new ExperimentShards(prepared.classesA(), prepared.classesB(),
                write(resolved, prepared.half(Half.A)), write(resolved, prepared.half(Half.B)));
        LOG.infof("experiment %s: classes A %s, B %s; read and divided in %.1f s, %d draws (%s) of %d seeds drawn and"
                        + " written in %.1f s", id, prepared.classesA(), prepared.classesB(), (read - began) / 1e9,
                shards.a().seeds().stream().map(SeedShards::dataSeed).distinct().count(),
                resolved.split().draw().label(), resolved.seeds().size(), (System.nanoTime() - read) / 1e9);
        return shards;
    }

    /** One half's shards: each distinct draw's written once, under a key with its data seed unless it is fixed. */
    private HalfShards write(ResolvedSpec resolved, HalfDraws half) {
        String id = resolved.experimentId();
        boolean fixed = resolved.split().draw() == DataDraw.FIXED;
        Map<Long, SeedShards> drawn = new HashMap<>();
        List<SeedShards> seeds = new ArrayList<>();
        for (long seed : resolved.seeds()) {
            SeedShards draw = drawn.computeIfAbsent(half.dataSeed(seed), dataSeed -> {
                HalfParts parts = half.parts(seed);
                return new SeedShards(seed, dataSeed,
                        write(key(id, half.half(), "train", fixed, dataSeed), parts.train()),
                        write(key(id, half.half(), "validation", fixed, dataSeed), parts.validation()));
            });
            seeds.add(new SeedShards(seed, draw.dataSeed(), draw.train(), draw.validation()));
        }
        return new HalfShards(seeds, write(ObjectKeys.shard(id, half.half(), "test"), half.test()));
    }

    /** A fixed draw keeps the keys it always had: it is the only draw of its experiment. */
    private static String key(String experimentId, Half half, String part, boolean fixed, long dataSeed) {
        return fixed ? ObjectKeys.shard(experimentId, half, part)
                : ObjectKeys.drawShard(experimentId, half, part, dataSeed);
    }

    /** The digest recorded is the one the store verified, i.e. the SHA-256 of exactly the bytes trainers will read. */
    private ShardRef write(String key, ImageSet set) {
        byte[] bytes = ShardCodec.encode(set);
        ShardRef ref = new ShardRef(key, store.put(key, bytes), set.count());
        metrics.shardWritten(bytes.length);
        return ref;
    }
}
