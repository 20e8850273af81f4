package io.transferlab.service.storage;

import io.quarkus.runtime.Startup;
import io.transferlab.storage.ObjectStore;
import io.transferlab.storage.StorageSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * One object-store client per service, built from its typed configuration at start: a service that cannot reach its
 * store (within the retry policy) fails to start, visibly, instead of failing its first job.
 */
@ApplicationScoped
public class ObjectStoreProducer {

    @Produces
    @ApplicationScoped
    @Startup
    ObjectStore objectStore(StorageConfig config) {
        ObjectStore store = new ObjectStore(new StorageSettings(config.endpoint(), config.accessKey(),
                config.secretKey(), config.bucket()), config.retry().policy());
        store.ensureBucket();
        return store;
    }
}
