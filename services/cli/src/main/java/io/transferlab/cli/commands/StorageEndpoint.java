package io.transferlab.cli.commands;

import io.transferlab.cli.local.SystemState;
import io.transferlab.infra.ServerEnv;
import io.transferlab.storage.StorageSettings;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the object store is; see {@link LocalState} for the defaults. The keys are never options (a command line is
 * visible to every user of the machine): the environment's, else the running local system's credentials file.
 */
public final class StorageEndpoint {

    @Option(names = "--s3-endpoint", description = "S3 endpoint URL. Default: env TRANSFERLAB_S3_ENDPOINT, else the "
            + "running local system (.run/system.json), else http://127.0.0.1:9000.")
    String endpoint;

    @Option(names = "--bucket", description = "The bucket. Default: env TRANSFERLAB_S3_BUCKET, else the running local "
            + "system's, else transferlab.")
    String bucket;

    StorageSettings settings() {
        Map<String, String> keys = new HashMap<>(localCredentials());
        keys.putAll(System.getenv());
        String access = keys.get(ServerEnv.S3_ACCESS_KEY);
        String secret = keys.get(ServerEnv.S3_SECRET_KEY);
        if (access == null || secret == null) {
            throw new IllegalStateException("no S3 keys: set " + ServerEnv.S3_ACCESS_KEY + " and "
                    + ServerEnv.S3_SECRET_KEY + ", or run the local system (./transferlab up)");
        }
        return new StorageSettings(
                LocalState.resolve(endpoint, ServerEnv.S3_ENDPOINT, SystemState::s3Endpoint, "http://127.0.0.1:9000"),
                access, secret, LocalState.resolve(bucket, ServerEnv.S3_BUCKET, SystemState::bucket, "transferlab"));
    }

    /** The NAME=value lines of the running local system's credentials file; none if no system runs here. */
    private static Map<String, String> localCredentials() {
        Optional<SystemState> running = LocalState.running();
        if (running.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of(running.get().credentials()))) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local system's credentials", e);
        }
        return values;
    }
}
