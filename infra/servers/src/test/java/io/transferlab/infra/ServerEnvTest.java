package io.transferlab.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerEnvTest {

    @Test
    void serversAreExternalOnlyWhenBothAddressesAreSet() {
        assertThat(ServerEnv.external(Map.of())).isEmpty();
        assertThat(ServerEnv.external(Map.of(ServerEnv.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:9092"))).isEmpty();
        assertThat(ServerEnv.external(Map.of(ServerEnv.S3_ENDPOINT, "http://127.0.0.1:9000"))).isEmpty();
    }

    @Test
    void externalServersTakeBucketAndKeysFromTheEnvironmentOrTheDefaults() {
        ServerEnv env = ServerEnv.external(Map.of(
                ServerEnv.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:9092",
                ServerEnv.S3_ENDPOINT, "http://127.0.0.1:9000",
                ServerEnv.S3_BUCKET, "runs")).orElseThrow();

        assertThat(env).isEqualTo(new ServerEnv("127.0.0.1:9092", "http://127.0.0.1:9000", "runs", "transferlab",
                "transferlab-secret"));
    }

    @Test
    void theEnvFileHoldsOneAssignmentPerVariable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run/servers.env");

        new ServerEnv("127.0.0.1:9092", "http://127.0.0.1:9000", "transferlab", "key", "secret").writeTo(file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092",
                "TRANSFERLAB_S3_ENDPOINT=http://127.0.0.1:9000",
                "TRANSFERLAB_S3_BUCKET=transferlab",
                "TRANSFERLAB_S3_ACCESS_KEY=key",
                "TRANSFERLAB_S3_SECRET_KEY=secret");
        assertThat(Files.list(dir.resolve("run"))).containsExactly(file);
    }
}
