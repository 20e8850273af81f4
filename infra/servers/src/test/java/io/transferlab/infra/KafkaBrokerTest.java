package io.transferlab.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.transferlab.contracts.messaging.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

// One broker for the class: a start costs seconds. Closing it is the last test.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KafkaBrokerTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;
    static KafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = KafkaBroker.start(workDir);
    }

    @AfterAll
    static void closeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void createsEveryTopicWithItsPartitionCountAndAcceptsExistingOnes() throws Exception {
        broker.createTopics(Topics.ALL, Topics::partitions);
        broker.createTopics(Topics.ALL, Topics::partitions);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Topics.ALL).allTopicNames().get();
            assertThat(topics.values().stream().collect(Collectors.toMap(TopicDescription::name, t -> t.partitions().size())))
                    .isEqualTo(Topics.ALL.stream().collect(Collectors.toMap(Function.identity(), Topics::partitions)));
            assertThat(topics.get(Topics.JOBS).partitions()).hasSize(Topics.JOB_PARTITIONS);
        }
    }

    @Test
    void aRecordSentIsReadBack() throws Exception {
        broker.createTopics(List.of("round-trip"), topic -> 1);

        KafkaRecords.send(broker.bootstrapServers(), "round-trip", "job-1", "{\"state\":\"started\"}");

        ConsumerRecord<String, String> record = KafkaRecords.first(broker.bootstrapServers(), "round-trip", READ_TIMEOUT);
        assertThat(record.key()).isEqualTo("job-1");
        assertThat(record.value()).isEqualTo("{\"state\":\"started\"}");
    }

    /** As on every broker TransferLab runs on: a producer's first send must not create the topic. */
    @Test
    void aSendToAMissingTopicFailsInsteadOfCreatingIt() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3_000), new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>("never-created", "k", "v")).get())
                    .hasCauseInstanceOf(TimeoutException.class);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).doesNotContain("never-created");
        }
    }

    @Test
    void aRestartKeepsTheAddressAndTheRecords() throws Exception {
        broker.createTopics(List.of("survives-restart"), topic -> 1);
        KafkaRecords.send(broker.bootstrapServers(), "survives-restart", "job-2", "before restart");
        String address = broker.bootstrapServers();

        broker.restart();

        assertThat(broker.bootstrapServers()).isEqualTo(address);
        ConsumerRecord<String, String> record =
                KafkaRecords.first(broker.bootstrapServers(), "survives-restart", READ_TIMEOUT);
        assertThat(record.value()).isEqualTo("before restart");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void closeLeavesNoProcess() {
        List<ProcessHandle> children = ChildProcesses.alive();
        assertThat(children).isNotEmpty();

        broker.close();

        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(ChildProcesses.alive()).isEmpty();
    }
}
