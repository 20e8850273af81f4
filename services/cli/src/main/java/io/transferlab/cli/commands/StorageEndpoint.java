package io.transferlab.cli.commands;

import io.transferlab.cli.local.SystemState;
import io.transferlab.infra.ServerEnv;
import io.transferlab.storage.StorageSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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

    /** The keys in the running local system's credentials file; none if no system runs here. */
    private static Map<String, String> localCredentials() {
        return LocalState.running().map(system -> ServerEnv.readFrom(Path.of(system.credentials())))
                .orElse(Map.of());
    }
}
