package io.transferlab.service.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the object store is; every value can be set from the environment (e.g. TRANSFERLAB_STORAGE_ENDPOINT). */
@ConfigMapping(prefix = "transferlab.storage")
public interface StorageConfig {

    /** S3 endpoint URL of MinIO, s3proxy or any S3 API. */
    @WithDefault("http://127.0.0.1:9000")
    String endpoint();

    /** Access key id. */
    @WithDefault("transferlab")
    String accessKey();

    /** Secret key: from the environment or a Kubernetes Secret, never logged. */
    @WithDefault("transferlab-secret")
    String secretKey();

    /** The bucket holding every experiment's shards and checkpoints. */
    @WithDefault("transferlab")
    String bucket();

    /** Decoded data shards kept in memory per process (an experiment uses six). */
    @WithDefault("12")
    int shardCacheSize();
}
