package io.transferlab.dataprep.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** What a request may ask of this service: its size and where its data may come from. */
@ConfigMapping(prefix = "transferlab.data-prep")
public interface DataPrepConfig {

    /** Largest request accepted, in bytes of JSON; a real request is a few hundred bytes. */
    @WithDefault("65536")
    int maxRequestBytes();

    /**
     * Local directories a request's data set may lie under (after normalisation and symlinks are resolved): by default
     * only where Debian's dataset packages install; add your own data's directory here.
     */
    @WithDefault("/usr/share/datasets")
    List<String> allowedRoots();

    /**
     * S3 locations (s3://bucket/prefix/) a request's data set may lie under: by default only the data prefix of
     * TransferLab's own bucket, never the shards and checkpoints beside it.
     */
    @WithDefault("s3://${transferlab.storage.bucket}/datasets/")
    List<String> allowedS3Prefixes();
}
