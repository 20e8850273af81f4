package io.transferlab.trainer;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.transferlab.trainer.config.TrainerConfig;

import java.util.Map;

/**
 * The trainer's settings as the service resolves them, from these values over the defaults; the map stands in for
 * the environment too (the same lookup by exact name, e.g. POD_NAME).
 */
public final class TrainerConfigs {

    private TrainerConfigs() {
    }

    public static TrainerConfig of(Map<String, String> values) {
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors() // expressions expanded, as in a Quarkus service
                .withMapping(TrainerConfig.class)
                .withSources(new PropertiesConfigSource(values, "test", 300))
                .build().getConfigMapping(TrainerConfig.class);
    }
}
