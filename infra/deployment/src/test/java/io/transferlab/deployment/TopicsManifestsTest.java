package io.transferlab.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.transferlab.contracts.messaging.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics as Kubernetes gets them: the topics Job (the one topic setup, re-runnable under {@code kubectl apply -k}),
 * Strimzi's KafkaTopic objects, and the aggregator's rollout, which must never run two publishers.
 */
class TopicsManifestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void theTopicsJobRunsTheOneTopicSetupWithTheClustersSettings(String overlay) {
        TopicScripts.check();
        List<HasMetadata> objects = KustomizeTest.kustomized("k8s/overlays/" + overlay);
        Job job = only(objects, Job.class);
        Container c = job.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getCommand()).containsExactly("/bin/bash", "/opt/transferlab/ensure-topics.sh");
        Volume script = job.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getConfigMap() != null).findFirst().orElseThrow();
        assertThat(configMap(objects, script.getConfigMap().getName()).getData().get("ensure-topics.sh"))
                .as("%s: the script the Job mounts", overlay).isEqualTo(Repo.read(TopicScripts.SCRIPT));

        Map<String, String> settings = configMap(objects, c.getEnvFrom().get(0).getConfigMapRef().getName()).getData();
        String services = objects.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .filter(m -> m.getMetadata().getName().startsWith("transferlab-config-")).findFirst().orElseThrow()
                .getData().get("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(settings).as("%s: the Job's settings", overlay).containsEntry("KAFKA_BOOTSTRAP_SERVERS", services)
                .containsEntry("TOPIC_MIN_INSYNC_REPLICAS", "2");
        assertThat(Integer.parseInt(settings.get("TOPIC_REPLICATION_FACTOR"))).isGreaterThanOrEqualTo(3);
    }

    /** A Job's template is immutable: were it to change with the configuration, the next apply would be refused. */
    @Test
    void theJobStaysTheSameWhenTheConfigurationChanges(@TempDir Path copy) throws IOException {
        copyTree(Repo.path("k8s"), copy);
        Path kustomization = copy.resolve("base/kustomization.yaml");
        String original = Files.readString(kustomization);
        String changed = original.replace("KAFKA_BOOTSTRAP_SERVERS=kafka-bootstrap.kafka.svc:9092",
                "KAFKA_BOOTSTRAP_SERVERS=other-kafka.kafka.svc:9093")
                .replace("TRANSFERLAB_S3_BUCKET=transferlab", "TRANSFERLAB_S3_BUCKET=elsewhere")
                .replace("TOPIC_REPLICATION_FACTOR=3", "TOPIC_REPLICATION_FACTOR=5");
        assertThat(changed).as("the configuration was edited").isNotEqualTo(original);
        Files.writeString(kustomization, changed);

        List<HasMetadata> before = KustomizeTest.kustomized("k8s/overlays/cpu");
        List<HasMetadata> after = KustomizeTest.kustomized(copy.resolve("overlays/cpu").toString());
        assertThat(only(after, Job.class)).as("the topics Job after a configuration change")
                .isEqualTo(only(before, Job.class));
        assertThat(configMap(after, "transferlab-topics").getData())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "other-kafka.kafka.svc:9093")
                .containsEntry("TOPIC_REPLICATION_FACTOR", "5");
        assertThat(only(after, Deployment.class, "aggregator")).as("the services do roll on a change")
                .isNotEqualTo(only(before, Deployment.class, "aggregator"));
    }

    @Test
    void strimziDeclaresEveryTopicWithTheContractsPartitionsAndConfigs() {
        Map<String, JsonNode> declared = new TreeMap<>();
        for (HasMetadata object : KustomizeTest.kustomized("k8s/strimzi")) {
            assertThat(object.getKind()).isEqualTo("KafkaTopic");
            assertThat(object.getMetadata().getLabels()).containsKey("strimzi.io/cluster");
            declared.put(object.getMetadata().getName(),
                    JSON.valueToTree(((GenericKubernetesResource) object).getAdditionalProperties().get("spec")));
        }
        assertThat(declared.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
        declared.forEach((topic, spec) -> {
            assertThat(spec.path("partitions").asInt()).as("%s partitions", topic).isEqualTo(Topics.partitions(topic));
            Map<String, String> configs = new HashMap<>(Topics.retention(topic).configs());
            configs.put("min.insync.replicas", "2");
            Map<String, String> actual = new HashMap<>();
            spec.path("config").properties().forEach(e -> actual.put(e.getKey(), e.getValue().asText()));
            assertThat(actual).as("%s configs", topic).isEqualTo(configs);
        });
    }

    @Test
    void theAggregatorIsReplacedNeverRolledSoTwoPublishersNeverRun() {
        Deployment aggregator = only(KustomizeTest.kustomized("k8s/overlays/cpu"), Deployment.class, "aggregator");
        assertThat(aggregator.getSpec().getReplicas()).isEqualTo(1);
        assertThat(aggregator.getSpec().getStrategy().getType()).isEqualTo("Recreate");
    }

    private static <T extends HasMetadata> T only(List<HasMetadata> objects, Class<T> type, String... name) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> name.length == 0 || o.getMetadata().getName().equals(name[0])).toList();
        assertThat(found).as("%s %s", type.getSimpleName(), List.of(name)).hasSize(1);
        return found.get(0);
    }

    private static ConfigMap configMap(List<HasMetadata> objects, String name) {
        return only(objects, ConfigMap.class, name);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
