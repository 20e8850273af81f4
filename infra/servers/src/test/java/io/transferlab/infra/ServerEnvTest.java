package io.transferlab.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void externalServersTakeBucketAndKeysFromTheEnvironment() {
        ServerEnv env = ServerEnv.external(Map.of(
                ServerEnv.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:9092",
                ServerEnv.S3_ENDPOINT, "http://127.0.0.1:9000",
                ServerEnv.S3_BUCKET, "runs",
                ServerEnv.S3_SECRET_KEY, "their-secret")).orElseThrow();

        assertThat(env).isEqualTo(new ServerEnv("127.0.0.1:9092", "http://127.0.0.1:9000", "runs", "transferlab",
                "their-secret"));
        assertThat(env.toString()).doesNotContain("their-secret");
    }

    @Test
    void externalServersWithoutASecretKeyAreRefused() {
        assertThatThrownBy(() -> ServerEnv.external(Map.of(
                ServerEnv.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:9092",
                ServerEnv.S3_ENDPOINT, "http://127.0.0.1:9000")))
                .hasMessage("TRANSFERLAB_S3_SECRET_KEY must be set along with TRANSFERLAB_S3_ENDPOINT");
    }

    @Test
    void serversStartedHereGetARandomSecretKeyUnlessOneIsSet() {
        String first = ServerEnv.fromEnvironment(Map.of()).secretKey();
        String second = ServerEnv.fromEnvironment(Map.of()).secretKey();

        assertThat(first).matches("[0-9a-f]{48}").isNotEqualTo(second);
        assertThat(ServerEnv.fromEnvironment(Map.of(ServerEnv.S3_SECRET_KEY, "set")).secretKey()).isEqualTo("set");
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
        assertThat(ServerEnv.readFrom(file)).containsExactlyEntriesOf(new ServerEnv("127.0.0.1:9092",
                "http://127.0.0.1:9000", "transferlab", "key", "secret").asMap());
    }
}
