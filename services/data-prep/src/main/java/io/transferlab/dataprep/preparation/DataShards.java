package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.messaging.ExperimentShards;
import io.transferlab.contracts.messaging.HalfShards;
import io.transferlab.contracts.messaging.ShardRef;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.Half;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.data.DataPreparation;
import io.transferlab.data.DatasetCatalog;
import io.transferlab.data.DatasetException;
import io.transferlab.data.HalfParts;
import io.transferlab.data.ImageSet;
import io.transferlab.data.PreparedData;
import io.transferlab.data.TrainTest;
import io.transferlab.data.shard.ShardCodec;
import io.transferlab.dataprep.metrics.DataPrepMetrics;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Reads an experiment's data set, divides it as the spec asks, and writes the six shards (train, validation and test
 * of each half) to object storage, where every trainer and evaluator reads the same bytes.
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
        Dataset dataset = Dataset.fromId(resolved.dataset().name()).orElseThrow();
        try (DataDirectory dir = directory) {
            return Checked.of(DatasetCatalog.load(dataset, dir.path(), dataset.input(resolved.architecture())));
        } catch (DatasetException e) {
            return Checked.problem("dataset: " + directory.explain(e.getMessage()));
        }
    }

    private ExperimentShards write(ResolvedSpec resolved, TrainTest data, long began) {
        String id = resolved.experimentId();
        PreparedData prepared = DataPreparation.prepare(resolved, data);
        ExperimentShards shards = new ExperimentShards(prepared.classesA(), prepared.classesB(),
                write(id, Half.A, prepared.half(Half.A)), write(id, Half.B, prepared.half(Half.B)));
        LOG.infof("experiment %s: classes A %s, B %s; read, divided and written in %.1f s", id, prepared.classesA(),
                prepared.classesB(), (System.nanoTime() - began) / 1e9);
        return shards;
    }

    private HalfShards write(String experimentId, Half half, HalfParts parts) {
        return new HalfShards(write(experimentId, half, "train", parts.train()),
                write(experimentId, half, "validation", parts.validation()),
                write(experimentId, half, "test", parts.test()));
    }

    /** The digest recorded is the one the store verified, i.e. the SHA-256 of exactly the bytes trainers will read. */
    private ShardRef write(String experimentId, Half half, String part, ImageSet set) {
        String key = ObjectKeys.shard(experimentId, half, part);
        byte[] bytes = ShardCodec.encode(set);
        ShardRef ref = new ShardRef(key, store.put(key, bytes), set.count());
        metrics.shardWritten(bytes.length);
        return ref;
    }
}
