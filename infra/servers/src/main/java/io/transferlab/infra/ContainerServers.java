package io.transferlab.infra;

import io.transferlab.contracts.messaging.Topics;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same two servers as Docker containers (Apache Kafka in KRaft mode and MinIO), for machines with a Docker
 * engine; topics and bucket provisioned exactly as for the embedded servers.
 */
final class ContainerServers {

    /** A 4.1 broker, the line of the kafka-clients the Quarkus BOM brings. */
    static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    static final String MINIO_IMAGE = "minio/minio:RELEASE.2023-09-04T19-57-37Z";

    private final KafkaContainer kafka;
    private final MinIOContainer minio;
    private final ServerEnv env;

    private ContainerServers(KafkaContainer kafka, MinIOContainer minio, ServerEnv env) {
        this.kafka = kafka;
        this.minio = minio;
        this.env = env;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerServers start(ServerEnv settings) {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        MinIOContainer minio = new MinIOContainer(MINIO_IMAGE)
                .withUserName(settings.accessKey()).withPassword(settings.secretKey());
        kafka.start();
        try {
            minio.start();
        } catch (RuntimeException e) {
            kafka.stop();
            throw e;
        }
        ServerEnv env = settings.at(kafka.getBootstrapServers(), minio.getS3URL());
        ContainerServers servers = new ContainerServers(kafka, minio, env);
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
        minio.stop();
        kafka.stop();
    }
}
