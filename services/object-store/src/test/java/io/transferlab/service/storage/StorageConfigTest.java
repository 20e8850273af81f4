package io.transferlab.service.storage;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The storage settings as a service resolves them: the defaults, the TRANSFERLAB_S3_* variables compose, k8s and the
 * launcher set, and the property's own name above both. The map source stands in for the environment (the same
 * lookup by exact name).
 */
class StorageConfigTest {

    private static StorageConfig resolve(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultInterceptors() // expressions expanded, as in a Quarkus service
                .withMapping(StorageConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter()) // Quarkus's "250ms" form
                .withSources(new PropertiesConfigSource(values, "test", 300))
                .build();
        return config.getConfigMapping(StorageConfig.class);
    }

    @Test
    void theDefaultsNeedOnlyTheCredentials() {
        StorageConfig config = resolve(Map.of("TRANSFERLAB_S3_ACCESS_KEY", "key", "TRANSFERLAB_S3_SECRET_KEY", "s"));

        assertThat(config.endpoint()).isEqualTo("http://127.0.0.1:9000");
        assertThat(config.bucket()).isEqualTo("transferlab");
        assertThat(config.accessKey()).isEqualTo("key");
        assertThat(config.secretKey()).isEqualTo("s");
        assertThat(config.shardCacheSize()).isEqualTo(12);
        assertThat(config.retry().policy().attempts()).isEqualTo(8);
        assertThat(config.retry().maxDelay()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void theS3VariablesSetEveryValue() {
        StorageConfig config = resolve(Map.of("TRANSFERLAB_S3_ENDPOINT", "http://s3:9000",
                "TRANSFERLAB_S3_BUCKET", "lab", "TRANSFERLAB_S3_ACCESS_KEY", "key", "TRANSFERLAB_S3_SECRET_KEY", "s"));

        assertThat(config.endpoint()).isEqualTo("http://s3:9000");
        assertThat(config.bucket()).isEqualTo("lab");
    }

    @Test
    void thePropertyItselfWinsOverTheS3Variable() {
        StorageConfig config = resolve(Map.of("TRANSFERLAB_S3_ENDPOINT", "http://s3:9000",
                "transferlab.storage.endpoint", "http://other:9000",
                "TRANSFERLAB_S3_ACCESS_KEY", "key", "TRANSFERLAB_S3_SECRET_KEY", "s"));

        assertThat(config.endpoint()).isEqualTo("http://other:9000");
    }

    @Test
    void aStartWithoutCredentialsFailsNamingTheVariable() {
        assertThatThrownBy(() -> resolve(Map.of("TRANSFERLAB_S3_ACCESS_KEY", "key")))
                .hasStackTraceContaining("TRANSFERLAB_S3_SECRET_KEY");
    }
}
