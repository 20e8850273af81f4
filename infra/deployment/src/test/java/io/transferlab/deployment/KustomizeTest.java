package io.transferlab.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.transferlab.contracts.messaging.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Kubernetes overlays in k8s/ as {@code kubectl kustomize} renders them (no cluster needed), parsed into typed
 * objects (KEDA's ScaledObject as a generic resource) and checked for what the services and the autoscaler rely on.
 */
class KustomizeTest {

    /** The Secret docs/kubernetes.md tells operators to create; it is never part of the manifests. */
    static final String S3_SECRET = "transferlab-s3";
    static final String NAMESPACE = "transferlab";

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void everyDeploymentHasProbesAndResourceRequestsAndLimits(String overlay) {
        List<Deployment> deployments = objects(overlay, Deployment.class);
        assertThat(deployments).as("%s: Deployments", overlay).extracting(d -> d.getMetadata().getName())
                .containsExactlyInAnyOrderElementsOf(Repo.SERVICES.keySet());
        for (Deployment deployment : deployments) {
            for (Container c : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                String where = overlay + ": Deployment " + deployment.getMetadata().getName() + ", container "
                        + c.getName();
                checkProbe(where + ", startupProbe", c, c.getStartupProbe(), "/q/health/started");
                assertThat(c.getStartupProbe().getPeriodSeconds() * c.getStartupProbe().getFailureThreshold())
                        .as("%s: the startup probe must allow minutes for ND4J's natives and CUDA to load", where)
                        .isGreaterThanOrEqualTo(300);
                checkProbe(where + ", readinessProbe", c, c.getReadinessProbe(), "/q/health/ready");
                checkProbe(where + ", livenessProbe", c, c.getLivenessProbe(), "/q/health/live");
                assertThat(c.getResources()).as("%s has no resources", where).isNotNull();
                for (String resource : List.of("cpu", "memory")) {
                    assertThat(c.getResources().getRequests()).as("%s: requests.%s", where, resource)
                            .isNotNull().containsKey(resource);
                    assertThat(c.getResources().getLimits()).as("%s: limits.%s", where, resource)
                            .isNotNull().containsKey(resource);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void noSecretIsRendered_andEveryReferenceNamesTheDocumentedSecret(String overlay) {
        for (Secret secret : objects(overlay, Secret.class)) {
            assertThat(isEmpty(secret.getData()) && isEmpty(secret.getStringData()))
                    .as("%s renders Secret %s with data: secrets are created with kubectl, never committed",
                            overlay, secret.getMetadata().getName()).isTrue();
        }
        for (var pod : podTemplates(overlay).entrySet()) {
            for (Container c : pod.getValue().getSpec().getContainers()) {
                for (EnvVar env : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        assertThat(env.getValueFrom().getSecretKeyRef().getName())
                                .as("%s: %s's %s refers to a Secret other than the documented %s", overlay,
                                        pod.getKey(), env.getName(), S3_SECRET).isEqualTo(S3_SECRET);
                    }
                }
                for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
                    if (from.getSecretRef() != null) {
                        assertThat(from.getSecretRef().getName()).as("%s: %s's envFrom secretRef", overlay,
                                pod.getKey()).isIn(S3_SECRET, ClusterSecurityTest.KAFKA_SECRET);
                    }
                }
            }
        }
        for (String service : List.of("data-prep", "trainer", "evaluator")) {
            Container c = container(overlay, service);
            for (String variable : List.of("TRANSFERLAB_S3_ACCESS_KEY", "TRANSFERLAB_S3_SECRET_KEY")) {
                EnvVar env = env(c, variable).orElse(null);
                assertThat(env != null && env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                        .as("%s: %s must read %s from Secret %s", overlay, service, variable, S3_SECRET).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void kedaScalesTheTrainersOnTheirOwnGroupsLagOnTheJobsTopic(String overlay) {
        List<GenericKubernetesResource> scaledObjects = objects(overlay, GenericKubernetesResource.class).stream()
                .filter(r -> "ScaledObject".equals(r.getKind()) && "trainer".equals(r.getMetadata().getName()))
                .toList();
        assertThat(scaledObjects).as("%s: the trainers' KEDA ScaledObject", overlay).hasSize(1);
        GenericKubernetesResource scaledObject = scaledObjects.get(0);
        assertThat(scaledObject.getApiVersion()).as("%s: ScaledObject apiVersion", overlay)
                .isEqualTo("keda.sh/v1alpha1");
        JsonNode spec = YAML.valueToTree(scaledObject.getAdditionalProperties().get("spec"));

        Deployment trainer = deployment(overlay, "trainer");
        assertThat(spec.path("scaleTargetRef").path("name").asText()).as("%s: ScaledObject scaleTargetRef", overlay)
                .isEqualTo(trainer.getMetadata().getName());
        assertThat(spec.path("scaleTargetRef").path("kind").asText("Deployment"))
                .as("%s: ScaledObject scaleTargetRef kind", overlay).isEqualTo("Deployment");
        assertThat(scaledObject.getMetadata().getNamespace()).as("%s: the ScaledObject's namespace", overlay)
                .isEqualTo(trainer.getMetadata().getNamespace());

        List<JsonNode> kafka = new ArrayList<>();
        spec.path("triggers").forEach(t -> {
            if ("kafka".equals(t.path("type").asText())) {
                kafka.add(t.path("metadata"));
            }
        });
        assertThat(kafka).as("%s: the ScaledObject's kafka triggers", overlay).hasSize(1);
        JsonNode trigger = kafka.get(0);

        String groupFromConfigMap = trainerSetting(overlay, "TRANSFERLAB_TRAINER_GROUP");
        String groupDefault = Repo.propertyDefault("trainer", "mp.messaging.incoming.jobs.group.id");
        assertThat(groupFromConfigMap).as("%s: the trainer's TRANSFERLAB_TRAINER_GROUP against the group.id default "
                + "in services/trainer/src/main/resources/application.properties", overlay).isEqualTo(groupDefault);
        // KEDA resolves ...FromEnv in the scale target's container: the trainer's own settings, no second copy.
        assertThat(trigger.path("consumerGroupFromEnv").asText()).as("%s: KEDA must watch the lag of the group the "
                + "trainers join (TRANSFERLAB_TRAINER_GROUP)", overlay).isEqualTo("TRANSFERLAB_TRAINER_GROUP");
        assertThat(trigger.path("bootstrapServersFromEnv").asText()).as("%s: KEDA's bootstrap servers must be the "
                + "trainers' KAFKA_BOOTSTRAP_SERVERS", overlay).isEqualTo("KAFKA_BOOTSTRAP_SERVERS");
        assertThat(trainerSetting(overlay, "KAFKA_BOOTSTRAP_SERVERS")).as("%s: the trainer's bootstrap servers",
                overlay).isNotBlank();
        assertThat(trigger.has("consumerGroup") || trigger.has("bootstrapServers"))
                .as("%s: a literal consumerGroup or bootstrapServers beside the ...FromEnv ones", overlay).isFalse();
        assertThat(trigger.path("limitToPartitionsWithLag").asText("false"))
                .as("%s: limitToPartitionsWithLag (GPU trainers only for partitions with work)", overlay)
                .isEqualTo(overlay.equals("gpu") ? "true" : "false");
        assertThat(trigger.path("topic").asText()).as("%s: KEDA's topic", overlay).isEqualTo(Topics.JOBS);
        assertThat(trigger.path("lagThreshold").asText()).as("%s: lagThreshold, one trainer per waiting job",
                overlay).isEqualTo("1");

        int max = spec.path("maxReplicaCount").asInt(-1);
        assertThat(max).as("%s: maxReplicaCount must be set and at most the jobs topic's %d partitions (a trainer "
                + "beyond them gets no partition)", overlay, Topics.JOB_PARTITIONS)
                .isBetween(1, Topics.JOB_PARTITIONS);
        assertThat(spec.path("minReplicaCount").asInt(-1)).as("%s: minReplicaCount", overlay).isBetween(0, max);
        assertThat(spec.path("cooldownPeriod").asInt(0)).as("%s: cooldownPeriod (seconds)", overlay).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void onlyGpuTrainersAskForGpusAndGpuNodes(String overlay) {
        Deployment trainer = deployment(overlay, "trainer");
        PodSpec pod = trainer.getSpec().getTemplate().getSpec();
        Container c = container(overlay, "trainer");
        Quantity gpus = c.getResources().getLimits().get("nvidia.com/gpu");
        if (overlay.equals("gpu")) {
            assertThat(gpus).as("gpu: the trainer's limits.nvidia.com/gpu").isEqualTo(new Quantity("1"));
            assertThat(pod.getTolerations()).as("gpu: the trainer must tolerate the nvidia.com/gpu taint")
                    .anySatisfy(t -> assertThat(t.getKey()).isEqualTo("nvidia.com/gpu"));
            assertThat(pod.getNodeSelector()).as("gpu: nodes are chosen by compute capability, not any GPU node")
                    .isNullOrEmpty();
            Set<Integer> kernels = kernelTargets();
            for (int major = 1; major <= 12; major++) {
                for (int minor = 0; minor <= 9; minor++) {
                    int capability = major * 10 + minor;
                    boolean runs = kernels.stream().anyMatch(k -> k / 10 == capability / 10 && k <= capability);
                    assertThat(admits(pod.getAffinity(), major, minor)).as("gpu: the trainer's node affinity on a GPU "
                            + "of compute capability %d.%d, where the CUDA build's kernels %s %s", major, minor,
                            kernels, runs ? "run" : "do not run").isEqualTo(runs);
                }
            }
            assertThat(c.getImage()).as("gpu: the trainer image (Dockerfile.cuda)").contains("trainer-cuda");
            assertThat(env(c, "TRANSFERLAB_TRAINER_BACKEND").map(EnvVar::getValue)).as("gpu: a trainer holding a "
                    + "GPU must insist on CUDA (TRANSFERLAB_TRAINER_BACKEND)").contains("cuda");
        } else {
            assertThat(gpus).as("cpu: the trainer must not ask for a GPU").isNull();
            assertThat(pod.getTolerations()).as("cpu: the trainer's tolerations").isNullOrEmpty();
            assertThat(pod.getNodeSelector()).as("cpu: the trainer's nodeSelector").isNullOrEmpty();
            assertThat(c.getImage()).as("cpu: the trainer image (Dockerfile.jvm)").doesNotContain("cuda");
            assertThat(env(c, "OMP_NUM_THREADS")).as("cpu: the trainer's ND4J threads (OMP_NUM_THREADS)")
                    .isPresent();
            assertThat(env(c, "TRANSFERLAB_TRAINER_BACKEND")).as("cpu: the trainer's backend setting").isEmpty();
        }
        for (Deployment other : objects(overlay, Deployment.class)) {
            for (Container oc : other.getSpec().getTemplate().getSpec().getContainers()) {
                if (!(overlay.equals("gpu") && other.getMetadata().getName().equals("trainer"))) {
                    assertThat(oc.getResources().getLimits()).as("%s: %s must not ask for a GPU", overlay,
                            other.getMetadata().getName()).doesNotContainKey("nvidia.com/gpu");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void aScaleDownLetsATrainingTrainerHandItsJobOver(String overlay) {
        PodSpec pod = deployment(overlay, "trainer").getSpec().getTemplate().getSpec();
        Container c = container(overlay, "trainer");
        assertThat(c.getLifecycle() == null || c.getLifecycle().getPreStop() == null)
                .as("%s: no preStop hook holds SIGTERM back (SIGTERM is what hands the job over)", overlay).isTrue();
        Matcher timeout = Pattern.compile("@WithDefault\\(\"PT(\\d+)S\"\\)\\s+Duration handOverTimeout\\(\\)")
                .matcher(trainerSources());
        assertThat(timeout.find()).as("the trainer's hand-over timeout default").isTrue();
        long handOver = env(c, "TRANSFERLAB_TRAINER_HAND_OVER_TIMEOUT").map(e -> Duration.parse(e.getValue())
                .toSeconds()).orElse(Long.parseLong(timeout.group(1)));
        assertThat(pod.getTerminationGracePeriodSeconds()).as("%s: the trainer's grace period must cover the "
                + "hand-over (%d s) and the shutdown", overlay, handOver).isNotNull()
                .isGreaterThanOrEqualTo(handOver + 30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void podsCarryPrometheusScrapeAnnotationsForTheirMetricsPort(String overlay) {
        for (var service : Repo.SERVICES.entrySet()) {
            Deployment d = deployment(overlay, service.getKey());
            Map<String, String> annotations = Optional.ofNullable(d.getSpec().getTemplate().getMetadata()
                    .getAnnotations()).orElse(Map.of());
            String where = overlay + ": " + service.getKey() + "'s pod annotations";
            assertThat(annotations).as(where).containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/path", "/q/metrics")
                    .containsEntry("prometheus.io/port", String.valueOf(service.getValue()));
            assertThat(container(overlay, service.getKey()).getPorts()).as("%s: %s's container ports", overlay,
                    service.getKey()).extracting(ContainerPort::getContainerPort).contains(service.getValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void everythingLivesInItsNamespace_andServicesSelectTheirPods(String overlay) {
        for (HasMetadata object : rendered(overlay)) {
            if (!object.getKind().equals("Namespace")) {
                assertThat(object.getMetadata().getNamespace()).as("%s: namespace of %s %s", overlay,
                        object.getKind(), object.getMetadata().getName()).isEqualTo(NAMESPACE);
            }
        }
        for (Service service : objects(overlay, Service.class)) {
            Map<String, String> selector = service.getSpec().getSelector();
            assertThat(objects(overlay, Deployment.class)).as("%s: Service %s selects no Deployment's pods %s",
                    overlay, service.getMetadata().getName(), selector)
                    .anySatisfy(d -> assertThat(d.getSpec().getTemplate().getMetadata().getLabels())
                            .containsAllEntriesOf(selector));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void disruptionBudgetsKeepDataPrepUpAndNeverBlockANodeDrain(String overlay) {
        List<PodDisruptionBudget> budgets = objects(overlay, PodDisruptionBudget.class);
        assertThat(budgets).extracting(b -> b.getMetadata().getName()).as("%s: budgets", overlay).contains("data-prep");
        for (PodDisruptionBudget budget : budgets) {
            Map<String, String> selector = budget.getSpec().getSelector().getMatchLabels();
            List<Deployment> selected = objects(overlay, Deployment.class).stream().filter(d -> d.getSpec()
                    .getTemplate().getMetadata().getLabels().entrySet().containsAll(selector.entrySet())).toList();
            assertThat(selected).as("%s: the Deployment budget %s selects", overlay, budget.getMetadata().getName())
                    .hasSize(1);
            int replicas = selected.get(0).getSpec().getReplicas();
            assertThat(budget.getSpec().getMinAvailable().getIntVal())
                    .as("%s: budget %s keeps a pod up, and lets one go (else every node drain waits on it)", overlay,
                            budget.getMetadata().getName())
                    .isPositive().isLessThan(replicas);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void transferLabImagesNameOneBuildNeverAMovingTag(String overlay) {
        String release = Repo.read("pom.xml").replaceAll("(?s).*?<artifactId>transferlab-parent</artifactId>\\s*"
                + "<version>([^<]+)</version>.*", "$1").replace("-SNAPSHOT", "");
        podTemplates(overlay).forEach((pod, template) -> template.getSpec().getContainers().stream()
                .map(Container::getImage).filter(image -> image.startsWith("transferlab/"))
                .forEach(image -> assertThat(image.substring(image.indexOf(':') + 1))
                        .as("%s: %s image %s", overlay, pod, image)
                        .doesNotContain("SNAPSHOT").isNotEqualTo("latest").startsWith(release)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void kedaAloneSetsTheTrainerCount(String overlay) {
        assertThat(deployment(overlay, "trainer").getSpec().getReplicas()).as("%s: the trainer Deployment's replicas "
                + "(every kubectl apply -k would reset the count KEDA set)", overlay).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void nd4jsOffHeapGuardFiresBeforeTheContainersMemoryLimit(String overlay) {
        for (String service : List.of("trainer", "evaluator")) {
            Container c = container(overlay, service);
            String where = overlay + ": " + service;
            long limit = c.getResources().getLimits().get("memory").getNumericalAmount().longValue();
            String options = env(c, "JAVA_TOOL_OPTIONS").map(EnvVar::getValue).orElse("");
            long maxBytes = javacppBytes(options, "maxbytes", where);
            long maxPhysical = javacppBytes(options, "maxphysicalbytes", where);
            // The images give the heap half of the container (-XX:MaxRAMPercentage=50).
            assertThat(maxPhysical).as("%s: maxphysicalbytes against the %d-byte memory limit", where, limit)
                    .isLessThan(limit).isGreaterThanOrEqualTo(limit / 2 + maxBytes);
            assertThat(c.getResources().getRequests()).as("%s: an ephemeral-storage request for the natives", where)
                    .containsKey("ephemeral-storage");
        }
    }

    private static long javacppBytes(String options, String property, String where) {
        Matcher m = Pattern.compile("-Dorg\\.bytedeco\\.javacpp\\." + property + "=([0-9]+)m").matcher(options);
        assertThat(m.find()).as("%s: JAVA_TOOL_OPTIONS must set org.bytedeco.javacpp.%s (in m)", where, property)
                .isTrue();
        return Long.parseLong(m.group(1)) * 1024 * 1024;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void thePodMonitorScrapesEveryServicesMetricsPortOnEveryPod(String overlay) {
        List<GenericKubernetesResource> monitors = kustomized("k8s/monitoring").stream()
                .filter(GenericKubernetesResource.class::isInstance).map(GenericKubernetesResource.class::cast)
                .filter(r -> "PodMonitor".equals(r.getKind())).toList();
        assertThat(monitors).as("PodMonitors in k8s/monitoring").hasSize(1);
        assertThat(monitors.get(0).getMetadata().getNamespace()).isEqualTo(NAMESPACE);
        JsonNode spec = YAML.valueToTree(monitors.get(0).getAdditionalProperties().get("spec"));
        JsonNode endpoint = spec.path("podMetricsEndpoints").get(0);
        assertThat(endpoint.path("path").asText()).as("the PodMonitor's path").isEqualTo("/q/metrics");
        List<String> selected = new ArrayList<>();
        spec.path("selector").path("matchExpressions").get(0).path("values").forEach(v -> selected.add(v.asText()));
        assertThat(selected).as("the PodMonitor selects every service's pods")
                .containsExactlyInAnyOrderElementsOf(Repo.SERVICES.keySet());
        for (String service : Repo.SERVICES.keySet()) {
            assertThat(deployment(overlay, service).getSpec().getTemplate().getMetadata().getLabels())
                    .as("%s: %s's pod labels", overlay, service).containsEntry("app.kubernetes.io/name", service);
            assertThat(container(overlay, service).getPorts()).extracting(ContainerPort::getName)
                    .as("%s: %s has the port the PodMonitor scrapes", overlay, service)
                    .contains(endpoint.path("port").asText());
        }
    }

    /** Whether a node labelled with this compute capability satisfies the required node affinity. */
    private static boolean admits(Affinity affinity, int major, int minor) {
        if (affinity == null || affinity.getNodeAffinity() == null
                || affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
            return true;
        }
        Map<String, Integer> labels = Map.of("nvidia.com/gpu.compute.major", major,
                "nvidia.com/gpu.compute.minor", minor);
        return affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms()
                .stream().anyMatch(term -> term.getMatchExpressions().stream().allMatch(e -> {
                    Integer value = labels.get(e.getKey());
                    return value != null && switch (e.getOperator()) {
                        case "In" -> e.getValues().contains(Integer.toString(value));
                        case "NotIn" -> !e.getValues().contains(Integer.toString(value));
                        case "Gt" -> value > Integer.parseInt(e.getValues().get(0));
                        case "Lt" -> value < Integer.parseInt(e.getValues().get(0));
                        default -> throw new AssertionError("unexpected operator " + e.getOperator());
                    };
                }));
    }

    /** The sm_XY targets the CUDA build has kernels for, as the trainer's BackendSelector lists them. */
    private static Set<Integer> kernelTargets() {
        String source = Repo.read("shared-model/network/src/main/java/io/transferlab/network/backend/"
                + "BackendSelector.java");
        Matcher list = Pattern.compile("KERNEL_TARGETS = \\{([0-9, ]+)}").matcher(source);
        assertThat(list.find()).as("BackendSelector.KERNEL_TARGETS").isTrue();
        return Arrays.stream(list.group(1).split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void checkProbe(String where, Container c, Probe probe, String path) {
        assertThat(probe).as("%s is missing", where).isNotNull();
        assertThat(probe.getHttpGet()).as("%s: an httpGet probe", where).isNotNull();
        assertThat(probe.getHttpGet().getPath()).as("%s: path", where).isEqualTo(path);
        String port = probe.getHttpGet().getPort().getStrVal();
        if (port != null) {
            assertThat(c.getPorts()).as("%s: its port '%s' is no container port", where, port)
                    .extracting(ContainerPort::getName).contains(port);
        }
    }

    /** A setting the trainer reads from its environment: its own env, else the ConfigMaps it takes whole. */
    private static String trainerSetting(String overlay, String name) {
        Container c = container(overlay, "trainer");
        Optional<EnvVar> own = env(c, name);
        if (own.isPresent() && own.get().getValue() != null) {
            return own.get().getValue();
        }
        for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
            if (from.getConfigMapRef() != null) {
                String configMap = from.getConfigMapRef().getName();
                ConfigMap map = objects(overlay, ConfigMap.class).stream()
                        .filter(m -> m.getMetadata().getName().equals(configMap)).findFirst()
                        .orElseThrow(() -> new AssertionError(overlay + ": the trainer's ConfigMap " + configMap
                                + " is not rendered"));
                if (map.getData() != null && map.getData().containsKey(name)) {
                    return map.getData().get(name);
                }
            }
        }
        return fail("%s: the trainer gets no %s (neither env nor an envFrom ConfigMap)", overlay, name);
    }

    private static String trainerSources() {
        try (Stream<Path> files = Files.walk(Repo.path("services/trainer/src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).map(Repo.ROOT::relativize).map(Path::toString)
                    .map(Repo::read).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Optional<EnvVar> env(Container c, String name) {
        return Optional.ofNullable(c.getEnv()).orElse(List.of()).stream()
                .filter(e -> e.getName().equals(name)).findFirst();
    }

    static Deployment deployment(String overlay, String name) {
        return objects(overlay, Deployment.class).stream().filter(d -> d.getMetadata().getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no Deployment " + name));
    }

    static Container container(String overlay, String name) {
        return deployment(overlay, name).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": Deployment " + name + " has no container " + name));
    }

    static Map<String, PodTemplateSpec> podTemplates(String overlay) {
        Map<String, PodTemplateSpec> pods = new TreeMap<>();
        objects(overlay, Deployment.class).forEach(d -> pods.put("Deployment " + d.getMetadata().getName(),
                d.getSpec().getTemplate()));
        objects(overlay, Job.class).forEach(j -> pods.put("Job " + j.getMetadata().getName(),
                j.getSpec().getTemplate()));
        return pods;
    }

    private static boolean isEmpty(Map<String, String> map) {
        return map == null || map.isEmpty();
    }

    static <T> List<T> objects(String overlay, Class<T> type) {
        return rendered(overlay).stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** {@code kubectl kustomize k8s/overlays/NAME}, every document parsed into its typed object. */
    static List<HasMetadata> rendered(String overlay) {
        return kustomized("k8s/overlays/" + overlay);
    }

    /** {@code kubectl kustomize DIR}, every document parsed into its typed object; rendered once per directory. */
    static List<HasMetadata> kustomized(String directory) {
        return RENDERED.computeIfAbsent(directory, name -> {
            String kubectl = Repo.tool("kubectl", "KUBECTL", "kubernetes-client").toString();
            Repo.Result result = Repo.run(List.of(kubectl, "kustomize", name), Map.of());
            if (result.exitCode() != 0) {
                // The manifests use replacements and per-generator options: an old kubectl says "unknown field".
                fail("kubectl kustomize %s failed (exit %d): %s; the manifests need kubectl 1.21 or later (kustomize "
                        + "v4.1+), this one is: %s", name, result.exitCode(), result.stderr(),
                        Repo.run(List.of(kubectl, "version", "--client"), Map.of()).stdout().strip());
            }
            List<HasMetadata> objects = new ArrayList<>();
            try {
                for (JsonNode document : YAML.readValues(YAML.createParser(result.stdout()), JsonNode.class)
                        .readAll()) {
                    if (document != null && !document.isNull() && !document.isEmpty()) {
                        objects.add(Objects.requireNonNull(SERIALIZATION.unmarshal(document.toString())));
                    }
                }
            } catch (IOException e) {
                throw new AssertionError("kubectl kustomize " + name + " printed no YAML", e);
            }
            assertThat(objects).as("objects rendered from %s", name).isNotEmpty();
            return objects;
        });
    }
}
