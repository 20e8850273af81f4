package io.transferlab.aggregator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The aggregator's own settings; each can be set from the environment, e.g. TRANSFERLAB_AGGREGATOR_GROUP_PREFIX. */
@ConfigMapping(prefix = "transferlab.aggregator")
public interface AggregatorConfig {

    /**
     * Start of every consumer group id; application.properties appends a UUID drawn at each start (and the channel),
     * so a fresh process never inherits committed offsets and re-reads every topic from the beginning.
     */
    @WithDefault("transferlab-aggregator")
    String groupPrefix();

    /** Pause between two attempts to read the end offsets of the results topic while the broker is unreachable. */
    @WithDefault("2s")
    Duration offsetsRetry();

    /** How long one attempt to read those end offsets may take. */
    @WithDefault("10s")
    Duration offsetsTimeout();
}
