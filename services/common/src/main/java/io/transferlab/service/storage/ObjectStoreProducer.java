package io.transferlab.service.storage;

import io.transferlab.storage.ObjectStore;
import io.transferlab.storage.StorageSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** One object-store client per service, built from its typed configuration. */
@ApplicationScoped
public class ObjectStoreProducer {

    @Produces
    @ApplicationScoped
    ObjectStore objectStore(StorageConfig config) {
        ObjectStore store = new ObjectStore(new StorageSettings(config.endpoint(), config.accessKey(),
                config.secretKey(), config.bucket()), config.retry().policy());
        store.ensureBucket();
        return store;
    }
}
