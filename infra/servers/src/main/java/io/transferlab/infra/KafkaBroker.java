package io.transferlab.infra;

import io.transferlab.contracts.messaging.Topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * A genuine single-node KRaft Kafka broker in its own JVM on 127.0.0.1. Its ports are picked at start and kept across
 * {@link #restart()}, so clients reconnect to the same address and find the same data.
 */
public final class KafkaBroker extends ChildServer {

    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration VISIBLE_TIMEOUT = Duration.ofSeconds(10);
    private static final int ADMIN_TIMEOUT_MS = 10_000;

    private final KafkaServerConfig config;
    private final Path configFile;
    private final Path log;

    private KafkaBroker(KafkaServerConfig config, Path configFile, Path log) {
        this.config = config;
        this.configFile = configFile;
        this.log = log;
    }

    /**
     * Starts the broker on new ports with its data under workDir, formatting the storage unless an earlier run left
     * data there (which is then kept); returns once it serves.
     */
    public static KafkaBroker start(Path workDir) {
        return start(workDir, Ports.ANY);
    }

    /** As {@link #start(Path)}, serving clients on {@code preferredPort} where it is free (0: any free port). */
    public static KafkaBroker start(Path workDir, int preferredPort) {
        int[] ports = Ports.pick(preferredPort, Ports.ANY);
        KafkaServerConfig config = new KafkaServerConfig(ports[0], ports[1], workDir.resolve("kafka-data"));
        Path configFile = config.writeTo(createDirectories(workDir).resolve("server.properties"));
        KafkaBroker broker = new KafkaBroker(config, configFile, workDir.resolve("kafka.log"));
        if (!Files.exists(config.logDir().resolve("meta.properties"))) {
            ChildJvm.run("kafka storage format", broker.jvmArgs("kafka.tools.StorageTool", "format",
                    "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString()),
                    broker.log, FORMAT_TIMEOUT);
        }
        broker.launch();
        return broker;
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** The broker's jars, which also hold Kafka's command-line tools (TopicCommand, ConfigCommand). */
    public static String classpath() {
        return ServerJars.kafkaClasspath();
    }

    /**
     * Creates the topics that do not exist yet (existing ones are left as they are), each with the retention
     * {@link Topics#retention} gives it; returns once clients can see them all.
     */
    public void createTopics(Collection<String> names, Function<String, Integer> partitions) {
        createTopics(bootstrapServers(), names, partitions);
    }

    /** As {@link #createTopics(Collection, Function)}, on any broker (a container's too). */
    static void createTopics(String bootstrapServers, Collection<String> names, Function<String, Integer> partitions) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            topics.add(new NewTopic(name, partitions.apply(name), (short) 1)
                    .configs(Topics.retention(name).configs()));
        }
        try (Admin admin = admin(bootstrapServers)) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                awaitCreated(created.getKey(), created.getValue());
            }
            awaitVisible(admin, names);
        }
    }

    @Override
    ChildJvm spawn() {
        return ChildJvm.launch("kafka broker", jvmArgs("kafka.Kafka", configFile.toString()), log);
    }

    @Override
    boolean ready() throws Exception {
        // A plain connect first: the admin client would log a warning for every refused connection.
        if (!Ports.listening(config.brokerPort())) {
            return false;
        }
        try (Admin admin = admin(bootstrapServers())) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes().get().isEmpty();
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS));
    }

    private List<String> jvmArgs(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                // A local broker carries a few messages, not a production load: a small heap and the serial
                // collector leave memory and cores to the services.
                "-Xmx512m", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd HH:mm:ss.SSS",
                "-Dlog4j2.level=WARN",
                "-cp", ServerJars.kafkaClasspath(),
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private static void awaitCreated(String topic, KafkaFuture<Void> creation) {
        try {
            creation.get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic, e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        }
    }

    /**
     * The controller confirms a creation before the broker's metadata cache has the topic; a producer asking in
     * between gets UNKNOWN_TOPIC_OR_PARTITION warnings and a delay.
     */
    private static void awaitVisible(Admin admin, Collection<String> names) {
        long deadline = System.nanoTime() + VISIBLE_TIMEOUT.toNanos();
        try {
            while (true) {
                try {
                    admin.describeTopics(names).allTopicNames().get();
                    return;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                        throw new IllegalStateException("topics " + names + " not visible", e.getCause());
                    }
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for topics " + names, e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
