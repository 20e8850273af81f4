package io.transferlab.infra;

import io.transferlab.contracts.messaging.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The Kafka broker and the S3 server TransferLab runs on, with every topic and the bucket created. For a local run
 * ({@link #main}) and for tests ({@link #start}, {@link #shared}); JUnit-agnostic.
 */
public final class LocalServers implements AutoCloseable {

    private static final String SIMPLE_LOGGER_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
    private static LocalServers shared;

    private final ServerEnv env;
    private final KafkaBroker kafka;
    private final S3Server s3;
    /** False for the suite-wide instance: the shutdown hook stops it, not the first test that closes it. */
    private final boolean closeable;

    private LocalServers(ServerEnv env, KafkaBroker kafka, S3Server s3, boolean closeable) {
        this.env = env;
        this.kafka = kafka;
        this.s3 = s3;
        this.closeable = closeable;
    }

    /** Starts both servers under workDir, creates {@link Topics#ALL} and the bucket; the caller closes them. */
    public static LocalServers start(Path workDir) {
        return start(workDir, Ports.ANY, Ports.ANY, true);
    }

    /**
     * As {@link #start(Path)}, with the broker on {@code kafkaPort} and the S3 server on {@code s3Port} where they are
     * free (0, or taken: a free port), so that a long-running local system keeps the addresses clients know.
     */
    public static LocalServers start(Path workDir, int kafkaPort, int s3Port) {
        return start(workDir, kafkaPort, s3Port, true);
    }

    /**
     * The servers for a whole test suite: those named by {@code KAFKA_BOOTSTRAP_SERVERS} and
     * {@code TRANSFERLAB_S3_ENDPOINT} if set (nothing is started); otherwise servers started once per JVM, as Docker
     * containers or as child processes (see {@link ServerMode}), and stopped when the JVM exits. Its
     * {@link #close()} does nothing.
     */
    public static synchronized LocalServers shared() {
        if (shared == null) {
            Optional<ServerEnv> external = ServerEnv.external(System.getenv());
            external.ifPresent(env -> System.out.println("TransferLab test servers: external, Kafka at "
                    + env.kafkaBootstrapServers() + ", S3 at " + env.s3Endpoint()));
            Map<String, String> environment = System.getenv();
            shared = external.map(env -> new LocalServers(env, null, null, false)).orElseGet(() ->
                    ServerMode.select(environment, () -> ContainerServers.usable(environment)) == ServerMode.CONTAINERS
                            ? startContainers() : startShared());
        }
        return shared;
    }

    private static LocalServers startContainers() {
        ContainerServers containers = ContainerServers.start(ServerEnv.fromEnvironment(System.getenv()));
        Runtime.getRuntime().addShutdownHook(new Thread(containers::stop, "transferlab-containers-stop"));
        return new LocalServers(containers.env(), null, null, false);
    }

    public ServerEnv env() {
        return env;
    }

    /** The broker, for fault injection; empty where the servers were started outside this JVM. */
    public Optional<KafkaBroker> kafka() {
        return Optional.ofNullable(kafka);
    }

    /** The S3 server, for fault injection; empty where the servers were started outside this JVM. */
    public Optional<S3Server> s3() {
        return Optional.ofNullable(s3);
    }

    @Override
    public void close() {
        if (closeable) {
            stopServers();
        }
    }

    /** Usage: {@code LocalServers WORK_DIR ENV_FILE}; runs until SIGTERM or SIGINT. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: LocalServers WORK_DIR ENV_FILE");
            System.exit(2);
        }
        // The launcher's own Kafka and MinIO clients would log their whole configuration at INFO; the servers
        // themselves log to files under WORK_DIR.
        System.setProperty(SIMPLE_LOGGER_LEVEL, System.getProperty(SIMPLE_LOGGER_LEVEL, "warn"));
        LocalServers servers = start(Path.of(args[0]), Ports.ANY, Ports.ANY, true);
        Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "transferlab-servers-stop"));
        servers.env.writeTo(Path.of(args[1]));
        System.out.println("servers ready: kafka=" + servers.env.kafkaBootstrapServers()
                + " s3=" + servers.env.s3Endpoint());
        // Until SIGTERM or SIGINT: the JVM then runs the hook above, which stops both servers.
        new CountDownLatch(1).await();
    }

    private static LocalServers startShared() {
        try {
            Path workDir = Files.createTempDirectory("transferlab-servers");
            System.out.println("TransferLab test servers: embedded, a Kafka broker and s3proxy as child processes");
            LocalServers servers = start(workDir, Ports.ANY, Ports.ANY, false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                servers.stopServers();
                Directories.deleteRecursively(workDir);
            }, "transferlab-shared-servers-stop"));
            return servers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalServers start(Path workDir, int kafkaPort, int s3Port, boolean closeable) {
        ServerEnv settings = ServerEnv.fromEnvironment(System.getenv());
        // The two servers start side by side: s3proxy is up well before the broker.
        CompletableFuture<S3Server> s3Start = CompletableFuture.supplyAsync(
                () -> S3Server.start(workDir.resolve("s3"), settings.accessKey(), settings.secretKey(), s3Port));
        KafkaBroker kafka;
        try {
            kafka = KafkaBroker.start(workDir.resolve("kafka"), kafkaPort);
        } catch (RuntimeException e) {
            // Wait for the S3 start to end either way: a JVM exiting meanwhile could miss its child.
            s3Start.thenAccept(S3Server::close).exceptionally(s3Failure -> null).join();
            throw e;
        }
        S3Server s3;
        try {
            s3 = s3Start.join();
        } catch (CompletionException e) {
            kafka.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        LocalServers servers = new LocalServers(settings.at(kafka.bootstrapServers(), s3.endpoint()), kafka, s3,
                closeable);
        try {
            kafka.createTopics(Topics.ALL, Topics::partitions);
            s3.createBucket(settings.bucket());
        } catch (RuntimeException e) {
            servers.stopServers();
            throw e;
        }
        return servers;
    }

    private void stopServers() {
        if (kafka != null) {
            kafka.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }
}
