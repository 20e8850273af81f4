package io.transferlab.service.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.transferlab.storage.RetryPolicy;

import java.time.Duration;

/** Where the object store is; every value can be set from the environment (e.g. TRANSFERLAB_STORAGE_ENDPOINT). */
@ConfigMapping(prefix = "transferlab.storage")
public interface StorageConfig {

    /** S3 endpoint URL of MinIO, s3proxy or any S3 API. */
    @WithDefault("http://127.0.0.1:9000")
    String endpoint();

    /** Access key id; no default: credentials come only from the environment or a Kubernetes Secret. */
    String accessKey();

    /** Secret key; no default: from the environment or a Kubernetes Secret only, never logged. */
    String secretKey();

    /** The bucket holding every experiment's shards and checkpoints. */
    @WithDefault("transferlab")
    String bucket();

    /** Decoded data shards kept in memory per process (an experiment uses six). */
    @WithDefault("12")
    int shardCacheSize();

    /** How long a call keeps trying a store that does not answer before the job or request fails visibly. */
    Retry retry();

    interface Retry {

        /** Tries per call in all (env TRANSFERLAB_STORAGE_RETRY_ATTEMPTS). */
        @WithDefault("8")
        int attempts();

        /** Wait after the first failure, doubled after each further one. */
        @WithDefault("250ms")
        Duration firstDelay();

        /** The longest single wait; with the defaults a call gives up after about 24 s of waiting. */
        @WithDefault("8s")
        Duration maxDelay();

        /** As the store client takes it. */
        default RetryPolicy policy() {
            return new RetryPolicy(attempts(), firstDelay(), maxDelay());
        }
    }
}
