package io.transferlab.infra;

import java.nio.file.Files;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Which servers the tests run on: {@code TRANSFERLAB_SERVERS=embedded} (child processes), {@code containers}
 * (Testcontainers: Kafka and S3 containers), or unset: containers where they can run without pulling anything (a
 * Docker engine answers and has the images, see {@link ContainerServers#usable}), embedded otherwise. An engine on a
 * machine without a registry and without the images leaves the tests on the embedded servers.
 */
enum ServerMode {
    EMBEDDED, CONTAINERS;

    static final String VARIABLE = "TRANSFERLAB_SERVERS";

    static ServerMode select(Map<String, String> env, BooleanSupplier containersUsable) {
        String chosen = env.get(VARIABLE);
        if (chosen == null || chosen.isBlank()) {
            // Only ask Testcontainers (slow, noisy) when a Docker endpoint can exist at all.
            boolean endpoint = env.containsKey("DOCKER_HOST") || Files.exists(DockerImages.DEFAULT_SOCKET);
            return endpoint && containersUsable.getAsBoolean() ? CONTAINERS : EMBEDDED;
        }
        return switch (chosen.trim().toLowerCase()) {
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            default -> throw new IllegalArgumentException(VARIABLE + "=" + chosen + ": use embedded or containers");
        };
    }
}
