package io.transferlab.infra;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ServerModeTest {

    @Test
    void aFlagChoosesTheServersWhateverDockerSays() {
        assertThat(ServerMode.select(Map.of(ServerMode.VARIABLE, "containers"), () -> false))
                .isEqualTo(ServerMode.CONTAINERS);
        assertThat(ServerMode.select(Map.of(ServerMode.VARIABLE, "Embedded"), () -> true))
                .isEqualTo(ServerMode.EMBEDDED);
    }

    @Test
    void withoutAFlagContainersOnlyWhereTheyCanRunWithoutPulling() {
        Map<String, String> docker = Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375");
        assertThat(ServerMode.select(docker, () -> true)).isEqualTo(ServerMode.CONTAINERS);
        assertThat(ServerMode.select(docker, () -> false)).isEqualTo(ServerMode.EMBEDDED);
    }

    @Test
    void withoutADockerEndpointTheEmbeddedServersRunAndDockerIsNotAsked() {
        assumeFalse(Files.exists(Path.of("/var/run/docker.sock")), "this machine has a Docker socket");
        assertThat(ServerMode.select(Map.of(), () -> {
            throw new AssertionError("Docker must not be asked without an endpoint");
        })).isEqualTo(ServerMode.EMBEDDED);
        assertThat(ServerMode.select(Map.of(), () -> ContainerServers.usable(Map.of()))).isEqualTo(ServerMode.EMBEDDED);
    }

    @Test
    void anUnknownModeIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> ServerMode.select(Map.of(ServerMode.VARIABLE, "docker"), () -> true))
                .hasMessageContaining("embedded or containers");
    }
}
