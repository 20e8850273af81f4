package io.transferlab.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import io.transferlab.contracts.messaging.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalServersTest {

    @Test
    void startsBothServersWithEveryTopicAndTheBucketAndCloseStopsThem(@TempDir Path workDir) throws Exception {
        List<ProcessHandle> children;
        try (LocalServers servers = LocalServers.start(workDir)) {
            ServerEnv env = servers.env();
            children = ChildProcesses.alive();

            assertThat(children).hasSize(2);
            assertThat(env.bucket()).isEqualTo("transferlab");
            assertThat(servers.kafka()).map(KafkaBroker::bootstrapServers).contains(env.kafkaBootstrapServers());
            assertThat(servers.s3()).map(S3Server::endpoint).contains(env.s3Endpoint());
            assertThat(partitionCounts(env.kafkaBootstrapServers()))
                    .isEqualTo(Topics.ALL.stream().collect(Collectors.toMap(Function.identity(), Topics::partitions)));
            MinioClient s3 = MinioClient.builder().endpoint(env.s3Endpoint())
                    .credentials(env.accessKey(), env.secretKey()).build();
            assertThat(s3.bucketExists(BucketExistsArgs.builder().bucket(env.bucket()).build())).isTrue();
        }
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }

    private static Map<String, Integer> partitionCounts(String bootstrapServers) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            return admin.describeTopics(Topics.ALL).allTopicNames().get().values().stream()
                    .collect(Collectors.toMap(TopicDescription::name, t -> t.partitions().size()));
        }
    }
}
