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

    /** Local directories a request's data set may lie under (after normalisation and symlinks are resolved). */
    @WithDefault("/usr/share/datasets,${java.io.tmpdir}")
    List<String> allowedRoots();

    /** Buckets an s3://bucket/prefix data set location may name. */
    @WithDefault("${transferlab.storage.bucket}")
    List<String> allowedBuckets();
}
