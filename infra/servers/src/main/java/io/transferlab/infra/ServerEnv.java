package io.transferlab.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** How the services reach the servers: the environment variables they read, and the env file a script sources. */
public record ServerEnv(String kafkaBootstrapServers, String s3Endpoint, String bucket, String accessKey,
                        String secretKey) {

    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String S3_ENDPOINT = "TRANSFERLAB_S3_ENDPOINT";
    public static final String S3_BUCKET = "TRANSFERLAB_S3_BUCKET";
    public static final String S3_ACCESS_KEY = "TRANSFERLAB_S3_ACCESS_KEY";
    public static final String S3_SECRET_KEY = "TRANSFERLAB_S3_SECRET_KEY";

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The variables as set, for servers this process starts: an address not set is null, the bucket and access key
     * default to "transferlab", and a secret key not set is drawn at random, so no secret is ever written in the code
     * or shared between two runs.
     */
    public static ServerEnv fromEnvironment(Map<String, String> env) {
        return new ServerEnv(env.get(KAFKA_BOOTSTRAP_SERVERS), env.get(S3_ENDPOINT),
                env.getOrDefault(S3_BUCKET, "transferlab"),
                env.getOrDefault(S3_ACCESS_KEY, "transferlab"),
                Optional.ofNullable(env.get(S3_SECRET_KEY)).orElseGet(ServerEnv::randomSecret));
    }

    /**
     * The servers named by the environment, if both addresses are set (a script started them for the suite); their
     * secret key must then be set too, since it cannot be guessed.
     */
    public static Optional<ServerEnv> external(Map<String, String> env) {
        if (env.get(KAFKA_BOOTSTRAP_SERVERS) == null || env.get(S3_ENDPOINT) == null) {
            return Optional.empty();
        }
        if (env.get(S3_SECRET_KEY) == null) {
            throw new IllegalStateException(S3_SECRET_KEY + " must be set along with " + S3_ENDPOINT);
        }
        return Optional.of(fromEnvironment(env));
    }

    /** The same bucket and keys, for servers at these addresses. */
    public ServerEnv at(String kafkaBootstrapServers, String s3Endpoint) {
        return new ServerEnv(kafkaBootstrapServers, s3Endpoint, bucket, accessKey, secretKey);
    }

    /** Variable name to value, in a stable order; what a test hands to a service's configuration. */
    public Map<String, String> asMap() {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(KAFKA_BOOTSTRAP_SERVERS, kafkaBootstrapServers);
        vars.put(S3_ENDPOINT, s3Endpoint);
        vars.put(S3_BUCKET, bucket);
        vars.put(S3_ACCESS_KEY, accessKey);
        vars.put(S3_SECRET_KEY, secretKey);
        return vars;
    }

    /** Leaves the secret key out: records get printed. */
    @Override
    public String toString() {
        return "ServerEnv[kafka=" + kafkaBootstrapServers + ", s3=" + s3Endpoint + ", bucket=" + bucket
                + ", accessKey=" + accessKey + "]";
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Writes {@code NAME=value} lines to an owner-only file: {@code set -a; . FILE; set +a} in a shell, or a compose
     * env_file.
     */
    public void writeTo(Path envFile) {
        StringBuilder text = new StringBuilder();
        asMap().forEach((name, value) -> text.append(name).append('=').append(value).append('\n'));
        try {
            Path parent = envFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Written aside and moved, so a script polling for the file never reads half of it; owner-only from the
            // start, since it holds the secret key.
            Path partial = Files.createTempFile(parent, ".servers", ".env",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, envFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + envFile, e);
        }
    }

    /** The {@code NAME=value} lines of a file {@link #writeTo} wrote, by name. */
    public static Map<String, String> readFrom(Path envFile) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(envFile, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + envFile, e);
        }
        return values;
    }
}
