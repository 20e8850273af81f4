package io.transferlab.deployment;

import io.transferlab.contracts.messaging.Topics;
import io.transferlab.infra.KafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topic setup (k8s/base/topics/ensure-topics.sh) run as the Job runs it, on a real broker: it repairs a cluster
 * whose topics were created wrong, fails loudly where it must not repair, and may run again at any time.
 */
class TopicSetupTest {

    @TempDir
    static Path dir;
    private static KafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void start() throws IOException {
        broker = KafkaBroker.start(dir.resolve("broker"));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
        // The two tools the script calls, as Kafka's distribution has them under /opt/kafka/bin.
        Path bin = Files.createDirectories(dir.resolve("bin"));
        tool(bin, "kafka-topics.sh", "org.apache.kafka.tools.TopicCommand");
        tool(bin, "kafka-configs.sh", "kafka.admin.ConfigCommand");
    }

    @AfterAll
    static void stop() {
        admin.close();
        broker.close();
    }

    @Test
    void repairsTopicsCreatedWrongFailsWhereItMustNotAndConvergesWhenRunAgain() throws Exception {
        // As an auto-creating broker or an old setup leaves them: jobs with one partition (one trainer), results with
        // delete retention (lost after 7 days), evaluations compacted but with one partition.
        admin.createTopics(List.of(new NewTopic(Topics.JOBS, 1, (short) 1),
                new NewTopic(Topics.RESULTS, 3, (short) 1).configs(Map.of("cleanup.policy", "delete")),
                new NewTopic(Topics.EVALUATIONS, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))))
                .all().get();

        Run first = run(Map.of());
        assertThat(first.exit).as("evaluations cannot be grown: the run must fail").isEqualTo(1);
        assertThat(first.stderr).contains("ERROR transferlab.evaluations has 1 partitions, needs 3");
        assertThat(first.stdout).contains("transferlab.jobs: grown from 1 to 12 partitions")
                .contains("transferlab.requests: created");
        assertConverged(Topics.ALL.stream().filter(t -> !t.equals(Topics.EVALUATIONS)).toList());

        // Recreated by hand, as the error says; the next run creates it and changes nothing else.
        admin.deleteTopics(List.of(Topics.EVALUATIONS)).all().get();
        while (admin.listTopics().names().get().contains(Topics.EVALUATIONS)) {
            Thread.sleep(100);
        }
        // With the services' SASL/TLS variables, as the Job gets them from transferlab-kafka (plaintext here, and a
        // two-line value as a PEM certificate has): they reach the tools as a client config file.
        Run second = run(Map.of("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT", "KAFKA_SSL_TRUSTSTORE_CERTIFICATES",
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----"));
        assertThat(second.exit).as("second run, stderr: %s", second.stderr).isZero();
        assertThat(second.stdout).contains("client settings: security.protocol,ssl.truststore.certificates");
        assertThat(second.stdout).contains("transferlab.evaluations: created")
                .doesNotContain("grown").doesNotContain("requests: created");
        assertConverged(Topics.ALL);
    }

    private static void assertConverged(List<String> topics) throws Exception {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get();
        for (String topic : topics) {
            assertThat(described.get(topic).partitions()).as("%s partitions", topic).hasSize(Topics.partitions(topic));
            Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                    .all().get().values().iterator().next();
            Topics.retention(topic).configs().forEach((key, value) ->
                    assertThat(config.get(key).value()).as("%s %s", topic, key).isEqualTo(value));
            assertThat(config.get("min.insync.replicas").value()).as("%s min.insync.replicas", topic).isEqualTo("1");
        }
    }

    private static Run run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", Repo.path(TopicScripts.SCRIPT).toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("KAFKA_"));
        builder.environment().putAll(env);
        builder.environment().putAll(Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "KAFKA_BIN", dir.resolve("bin").toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the setup finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void tool(Path bin, String name, String mainClass) throws IOException {
        Path script = bin.resolve(name);
        Files.writeString(script, "#!/bin/bash\nexec java -Xmx256m -XX:TieredStopAtLevel=1 -cp '"
                + KafkaBroker.classpath() + "' " + mainClass + " \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String stdout, String stderr) {
    }
}
