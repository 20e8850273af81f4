package io.transferlab.service.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.transferlab.storage.RetryPolicy;

import java.time.Duration;

/**
 * Where the object store is. The defaults live here only: each names the environment variable that compose, the k8s
 * manifests and the local launcher set ({@code TRANSFERLAB_S3_*}), so no service repeats them in its
 * application.properties. The property's own environment name (e.g. {@code TRANSFERLAB_STORAGE_ENDPOINT}) wins over
 * both, as for every other key.
 */
@ConfigMapping(prefix = "transferlab.storage")
public interface StorageConfig {

    /** S3 endpoint URL of MinIO, s3proxy or any S3 API (env TRANSFERLAB_S3_ENDPOINT). */
    @WithDefault("${TRANSFERLAB_S3_ENDPOINT:http://127.0.0.1:9000}")
    String endpoint();

    /**
     * Access key id (env TRANSFERLAB_S3_ACCESS_KEY); no fallback value: credentials come only from the environment or
     * a Kubernetes Secret, and a service started without them fails at once, naming the variable.
     */
    @WithDefault("${TRANSFERLAB_S3_ACCESS_KEY}")
    String accessKey();

    /** Secret key (env TRANSFERLAB_S3_SECRET_KEY); as the access key, and never logged. */
    @WithDefault("${TRANSFERLAB_S3_SECRET_KEY}")
    String secretKey();

    /** The bucket holding every experiment's shards and checkpoints (env TRANSFERLAB_S3_BUCKET). */
    @WithDefault("${TRANSFERLAB_S3_BUCKET:transferlab}")
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
