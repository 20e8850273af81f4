package io.transferlab.trainer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The trainer's own settings. */
@ConfigMapping(prefix = "transferlab.trainer")
public interface TrainerConfig {

    /** Name of this worker in status events; defaults to the host name. */
    @WithDefault("${HOSTNAME:trainer}")
    String workerId();

    /** Iterations between two progress events (bounded event rate; metrics see every iteration). */
    @WithDefault("10")
    int progressEvery();
}
