package io.transferlab.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Which servers the tests run on: {@code TRANSFERLAB_SERVERS=embedded} (child processes), {@code containers}
 * (Testcontainers: Kafka and MinIO containers), or unset: containers where a Docker engine answers, embedded
 * otherwise.
 */
enum ServerMode {
    EMBEDDED, CONTAINERS;

    static final String VARIABLE = "TRANSFERLAB_SERVERS";

    static ServerMode select(Map<String, String> env, BooleanSupplier dockerAvailable) {
        String chosen = env.get(VARIABLE);
        if (chosen == null || chosen.isBlank()) {
            // Only ask Testcontainers (slow, noisy) when a Docker endpoint can exist at all.
            boolean endpoint = env.containsKey("DOCKER_HOST") || Files.exists(Path.of("/var/run/docker.sock"));
            return endpoint && dockerAvailable.getAsBoolean() ? CONTAINERS : EMBEDDED;
        }
        return switch (chosen.trim().toLowerCase()) {
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            default -> throw new IllegalArgumentException(VARIABLE + "=" + chosen + ": use embedded or containers");
        };
    }
}
