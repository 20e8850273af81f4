package io.transferlab.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;
import io.transferlab.contracts.messaging.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluators' autoscaler, GPU rollouts without a spare GPU, and resources that keep the nets' pods from being
 * evicted first: as the overlays render them.
 */
class ScalingAndResourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void kedaScalesTheEvaluatorsOnTheirGroupsLagOnTheCheckpointsTopic(String overlay) {
        JsonNode spec = scaledObject(overlay, "evaluator");
        assertThat(spec.path("scaleTargetRef").path("name").asText()).isEqualTo("evaluator");
        assertThat(KustomizeTest.deployment(overlay, "evaluator").getSpec().getReplicas())
                .as("%s: the evaluator Deployment's replicas (KEDA owns them)", overlay).isNull();
        JsonNode trigger = spec.path("triggers").get(0);
        assertThat(trigger.path("type").asText()).isEqualTo("kafka");
        assertThat(trigger.path("metadata").path("topic").asText()).isEqualTo(Topics.CHECKPOINTS);
        String variable = trigger.path("metadata").path("consumerGroupFromEnv").asText();
        assertThat(variable).as("%s: KEDA reads the evaluators' group from their environment", overlay)
                .isEqualTo("TRANSFERLAB_EVALUATOR_GROUP");
        String group = Repo.propertyDefault("evaluator", "mp.messaging.incoming.checkpoints.group.id");
        ConfigMap config = KustomizeTest.objects(overlay, ConfigMap.class).stream()
                .filter(m -> m.getMetadata().getName().startsWith("transferlab-config")).findFirst().orElseThrow();
        assertThat(KustomizeTest.container(overlay, "evaluator").getEnvFrom()).as("%s: the evaluator reads %s",
                overlay, config.getMetadata().getName())
                .anySatisfy(f -> assertThat(f.getConfigMapRef().getName()).isEqualTo(config.getMetadata().getName()));
        assertThat(config.getData().get(variable)).as("%s: %s in transferlab-config against the "
                + "evaluator's group.id default", overlay, variable).isEqualTo(group);
        assertThat(Repo.read("services/evaluator/src/main/resources/application.properties"))
                .contains("group.id=${" + variable + ":");
        assertThat(spec.path("minReplicaCount").asInt(-1)).as("%s: one evaluator stays up", overlay).isEqualTo(1);
        assertThat(spec.path("maxReplicaCount").asInt()).as("%s: at most the checkpoints topic's partitions",
                overlay).isBetween(2, Topics.partitions(Topics.CHECKPOINTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void gpuTrainersRollOutWithoutASurgePod(String overlay) {
        DeploymentStrategy strategy = KustomizeTest.deployment(overlay, "trainer").getSpec().getStrategy();
        if (overlay.equals("gpu")) {
            assertThat(strategy.getType()).isEqualTo("RollingUpdate");
            assertThat(strategy.getRollingUpdate().getMaxSurge().getIntVal()).as("gpu: maxSurge").isZero();
            assertThat(strategy.getRollingUpdate().getMaxUnavailable().getIntVal()).as("gpu: maxUnavailable")
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void netsGetTheMemoryTheyRequest_andNativeThreadsMatchTheirCpuLimit(String overlay) {
        for (String service : List.of("trainer", "evaluator")) {
            Container c = KustomizeTest.container(overlay, service);
            assertThat(c.getResources().getRequests().get("memory")).as("%s: %s's memory request = limit (a pod "
                    + "over its request is evicted first)", overlay, service)
                    .isEqualTo(c.getResources().getLimits().get("memory"));
            if (!(overlay.equals("gpu") && service.equals("trainer"))) {
                Quantity cpu = c.getResources().getLimits().get("cpu");
                assertThat(KustomizeTest.env(c, "OMP_NUM_THREADS").map(EnvVar::getValue)).as("%s: %s's "
                        + "OMP_NUM_THREADS against its CPU limit %s", overlay, service, cpu)
                        .contains(String.valueOf(cpu.getNumericalAmount().intValueExact()));
            }
        }
        for (String service : List.of("data-prep", "trainer", "evaluator")) {
            Container c = KustomizeTest.container(overlay, service);
            assertThat(c.getResources().getRequests()).as("%s: %s's ephemeral-storage request", overlay, service)
                    .containsKey("ephemeral-storage");
            assertThat(c.getResources().getLimits()).as("%s: %s's ephemeral-storage limit", overlay, service)
                    .containsKey("ephemeral-storage");
        }
    }

    private static JsonNode scaledObject(String overlay, String name) {
        return KustomizeTest.objects(overlay, GenericKubernetesResource.class).stream()
                .filter(r -> "ScaledObject".equals(r.getKind()) && name.equals(r.getMetadata().getName()))
                .map(r -> (JsonNode) KustomizeTest.YAML.valueToTree(r.getAdditionalProperties().get("spec")))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no ScaledObject " + name));
    }
}
