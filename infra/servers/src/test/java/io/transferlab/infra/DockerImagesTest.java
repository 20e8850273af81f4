package io.transferlab.infra;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DockerImagesTest {

    @Test
    void noEngineAtTheSocketMeansNoImage_andNothingHangs() {
        assertThat(DockerImages.has(Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"), "alpine:3.17")).isFalse();
    }

    @Test
    void anEngineOverTcpIsNotAskedAndCountsAsWithoutTheImage() {
        assertThat(DockerImages.has(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"), "alpine:3.17")).isFalse();
    }
}
