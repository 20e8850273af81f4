package io.transferlab.service.storage;

import io.transferlab.contracts.messaging.ExperimentAccepted;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The accepted event of each experiment, kept beside its shards by data-prep. It makes a repeated request cheap and
 * harmless, lets an experiment id be used by one request only, and tells a worker holding only a job what else the
 * experiment planned.
 */
@ApplicationScoped
public class AcceptedStore {

    private final ObjectStore store;

    public AcceptedStore(ObjectStore store) {
        this.store = store;
    }

    public Optional<ExperimentAccepted> find(String experimentId) {
        return StoredJson.find(store, ObjectKeys.accepted(experimentId), ExperimentAccepted.class);
    }

    /**
     * The accepted levels of a study, found by their ids (the study's id, a dash, the level's label) and kept only if
     * they name the study, since another study's id may extend this one's.
     */
    public List<ExperimentAccepted> levels(String studyId) {
        return store.list(ObjectKeys.studyLevels(studyId)).stream().filter(ObjectKeys::isAccepted)
                .map(key -> StoredJson.find(store, key, ExperimentAccepted.class))
                .flatMap(Optional::stream)
                .filter(level -> level.study() != null && level.study().studyId().equals(studyId))
                .toList();
    }

    /** Written after the shards it names and before anything is announced, so whatever it names exists. */
    public void save(ExperimentAccepted event) {
        StoredJson.put(store, ObjectKeys.accepted(event.experimentId()), event);
    }
}
