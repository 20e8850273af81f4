package io.transferlab.infra;

import io.transferlab.contracts.messaging.Topics;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.TestcontainersConfiguration;

import java.util.Map;
import java.util.Optional;

/**
 * The same two servers as Docker containers (Apache Kafka in KRaft mode and an S3 server), for machines with a Docker
 * engine; topics and bucket provisioned exactly as for the embedded servers. The images are TransferLab's own where
 * the engine has them (infra/containers/build makes them from Debian's packages and Maven Central: machines without a
 * registry), else the public Apache Kafka and MinIO images.
 */
final class ContainerServers {

    /** The pair of images the containers run. */
    record Images(String kafka, String s3, boolean local) {

        /** Made by infra/containers/build: Kafka's jars as Maven resolves them here, s3proxy taking MinIO's variables. */
        static final Images LOCAL = new Images("transferlab/kafka:4.1.2", "transferlab/s3proxy:4.1.0", true);
        /** A 4.1 broker (the line of the kafka-clients the Quarkus BOM brings) and MinIO, from Docker Hub. */
        static final Images PUBLIC = new Images("apache/kafka:4.1.1", "minio/minio:RELEASE.2023-09-04T19-57-37Z",
                false);

        @Override
        public String toString() {
            return kafka + " and " + s3 + (local ? " (built here by infra/containers/build)" : " (public)");
        }
    }

    private static final String RYUK_DISABLED = "TESTCONTAINERS_RYUK_DISABLED";
    private static final String HOST_OVERRIDE = "TESTCONTAINERS_HOST_OVERRIDE";

    private final KafkaContainer kafka;
    private final Startable s3;
    private final ServerEnv env;

    private ContainerServers(KafkaContainer kafka, Startable s3, ServerEnv env) {
        this.kafka = kafka;
        this.s3 = s3;
        this.env = env;
    }

    /**
     * Whether containers can run here without pulling anything: a Docker engine answers and has one pair of images,
     * and Testcontainers' helpers are either switched off or there too: the reaper ({@value #RYUK_DISABLED}=true) and
     * the image it runs to find the engine's address from inside a container ({@value #HOST_OVERRIDE} set).
     */
    static boolean usable(Map<String, String> environment) {
        try {
            return present(environment).isPresent()
                    && (Boolean.parseBoolean(environment.get(RYUK_DISABLED))
                    || DockerImages.has(environment, TestcontainersConfiguration.getInstance().getRyukImage()))
                    && (environment.containsKey(HOST_OVERRIDE)
                    || DockerImages.has(environment, TestcontainersConfiguration.getInstance().getTinyImage()))
                    && DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The images the engine has: TransferLab's own first. */
    static Optional<Images> present(Map<String, String> environment) {
        for (Images images : new Images[]{Images.LOCAL, Images.PUBLIC}) {
            if (DockerImages.has(environment, images.kafka()) && DockerImages.has(environment, images.s3())) {
                return Optional.of(images);
            }
        }
        return Optional.empty();
    }

    static ContainerServers start(ServerEnv settings) {
        Images images = present(System.getenv()).orElse(Images.PUBLIC);
        System.out.println("TransferLab test servers: containers, " + images);
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(images.kafka())
                .asCompatibleSubstituteFor("apache/kafka"));
        GenericContainer<?> s3 = images.local()
                ? new GenericContainer<>(DockerImageName.parse(images.s3()))
                        .withEnv("MINIO_ROOT_USER", settings.accessKey())
                        .withEnv("MINIO_ROOT_PASSWORD", settings.secretKey())
                        .withExposedPorts(9000).waitingFor(Wait.forListeningPort())
                : new MinIOContainer(images.s3()).withUserName(settings.accessKey()).withPassword(settings.secretKey());
        kafka.start();
        try {
            s3.start();
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
        ServerEnv env = settings.at(kafka.getBootstrapServers(),
                "http://" + s3.getHost() + ":" + s3.getMappedPort(9000));
        ContainerServers servers = new ContainerServers(kafka, s3, env);
        try {
            KafkaBroker.createTopics(env.kafkaBootstrapServers(), Topics.ALL, Topics::partitions);
            S3Server.createBucket(env.s3Endpoint(), env.accessKey(), env.secretKey(), env.bucket());
        } catch (RuntimeException e) {
            servers.stop();
            throw e;
        }
        return servers;
    }

    ServerEnv env() {
        return env;
    }

    void stop() {
        s3.stop();
        kafka.stop();
    }
}
