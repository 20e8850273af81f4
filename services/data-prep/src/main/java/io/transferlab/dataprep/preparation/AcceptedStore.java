package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The accepted event of each experiment, kept beside its shards. It makes a repeated request cheap and harmless, and
 * lets an experiment id be used by one request only.
 */
@ApplicationScoped
public class AcceptedStore {

    private final ObjectStore store;

    public AcceptedStore(ObjectStore store) {
        this.store = store;
    }

    public Optional<ExperimentAccepted> find(String experimentId) {
        return store.get(ObjectKeys.accepted(experimentId))
                .map(bytes -> Json.read(new String(bytes, StandardCharsets.UTF_8), ExperimentAccepted.class));
    }

    /** Written after the shards it names and before anything is announced, so whatever it names exists. */
    public void save(ExperimentAccepted event) {
        store.put(ObjectKeys.accepted(event.experimentId()), Json.write(event).getBytes(StandardCharsets.UTF_8));
    }
}
