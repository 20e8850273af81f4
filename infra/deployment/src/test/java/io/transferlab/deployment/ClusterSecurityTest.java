package io.transferlab.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TransferLab on a shared cluster, as the overlays render it: Pod Security "restricted" enforced on the namespace and
 * met by every pod, a Kubernetes API token only for the trainer (which may get and patch pods, nothing else),
 * default-deny network policies with the allows each service needs, and Kafka credentials from one optional Secret
 * for the services and KEDA alike.
 */
class ClusterSecurityTest {

    static final String KAFKA_SECRET = "transferlab-kafka";
    private static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir",
            "ephemeral", "persistentVolumeClaim", "projected", "secret");

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void theNamespaceEnforcesRestrictedPodSecurityAtAPinnedVersion(String overlay) {
        Namespace namespace = KustomizeTest.objects(overlay, Namespace.class).get(0);
        Map<String, String> labels = namespace.getMetadata().getLabels();
        for (String mode : List.of("enforce", "audit", "warn")) {
            assertThat(labels).as("%s: pod-security.kubernetes.io/%s", overlay, mode)
                    .containsEntry("pod-security.kubernetes.io/" + mode, "restricted");
            assertThat(labels.get("pod-security.kubernetes.io/" + mode + "-version"))
                    .as("%s: %s-version pinned (not latest)", overlay, mode).matches("v1\\.\\d+");
        }
    }

    /** The "restricted" profile's rules, https://kubernetes.io/docs/concepts/security/pod-security-standards/. */
    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void everyPodMeetsTheRestrictedProfile(String overlay) {
        Map<String, PodTemplateSpec> pods = KustomizeTest.podTemplates(overlay);
        assertThat(pods.keySet()).as("%s: pod templates", overlay).contains("Job transferlab-topics");
        pods.forEach((name, template) -> {
            String where = overlay + ": " + name;
            PodSpec pod = template.getSpec();
            PodSecurityContext podContext = Optional.ofNullable(pod.getSecurityContext())
                    .orElseGet(PodSecurityContext::new);
            assertThat(Stream.of(pod.getHostNetwork(), pod.getHostPID(), pod.getHostIPC()))
                    .as("%s: host namespaces", where).allMatch(v -> !Boolean.TRUE.equals(v));
            for (Volume volume : Optional.ofNullable(pod.getVolumes()).orElse(List.of())) {
                JsonNode fields = KustomizeTest.YAML.valueToTree(volume);
                fields.fieldNames().forEachRemaining(type -> assertThat(type.equals("name")
                        || RESTRICTED_VOLUMES.contains(type)).as("%s: volume %s of type %s", where, volume.getName(),
                        type).isTrue());
            }
            assertThat(podContext.getSysctls()).as("%s: sysctls", where).isNullOrEmpty();
            List<Container> containers = new ArrayList<>(pod.getContainers());
            containers.addAll(Optional.ofNullable(pod.getInitContainers()).orElse(List.of()));
            for (Container c : containers) {
                String in = where + ", container " + c.getName();
                SecurityContext context = Optional.ofNullable(c.getSecurityContext()).orElseGet(SecurityContext::new);
                assertThat(context.getPrivileged()).as("%s: privileged", in).isNotEqualTo(Boolean.TRUE);
                assertThat(context.getAllowPrivilegeEscalation()).as("%s: allowPrivilegeEscalation", in).isFalse();
                Capabilities capabilities = Optional.ofNullable(context.getCapabilities())
                        .orElseGet(Capabilities::new);
                assertThat(capabilities.getDrop()).as("%s: capabilities.drop", in).contains("ALL");
                assertThat(Optional.ofNullable(capabilities.getAdd()).orElse(List.of()))
                        .as("%s: capabilities.add", in).isSubsetOf("NET_BIND_SERVICE");
                assertThat(first(context.getRunAsNonRoot(), podContext.getRunAsNonRoot()))
                        .as("%s: runAsNonRoot", in).isTrue();
                assertThat(first(context.getRunAsUser(), podContext.getRunAsUser())).as("%s: runAsUser", in)
                        .isNotEqualTo(0L);
                SeccompProfile seccomp = first(context.getSeccompProfile(), podContext.getSeccompProfile());
                assertThat(seccomp == null ? null : seccomp.getType()).as("%s: seccompProfile", in)
                        .isIn("RuntimeDefault", "Localhost");
                assertThat(Optional.ofNullable(c.getPorts()).orElse(List.of())).as("%s: hostPort", in)
                        .allMatch(p -> p.getHostPort() == null || p.getHostPort() == 0);
                assertThat(context.getProcMount()).as("%s: procMount", in).isIn(null, "Default");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void onlyTheTrainerGetsAnApiTokenAndMayOnlyGetAndPatchPods(String overlay) {
        Map<String, Boolean> accounts = new HashMap<>();
        KustomizeTest.objects(overlay, ServiceAccount.class).forEach(a -> accounts.put(a.getMetadata().getName(),
                a.getAutomountServiceAccountToken()));
        assertThat(accounts).as("%s: the default account mounts no token (the topics Job runs under it)", overlay)
                .containsEntry("default", false).containsEntry("trainer", true);
        KustomizeTest.podTemplates(overlay).forEach((name, template) -> {
            PodSpec pod = template.getSpec();
            String account = Objects.requireNonNullElse(pod.getServiceAccountName(), "default");
            boolean mounted = first(pod.getAutomountServiceAccountToken(), accounts.get(account)) != Boolean.FALSE;
            assertThat(mounted).as("%s: %s mounts a Kubernetes API token (account %s)", overlay, name, account)
                    .isEqualTo(name.equals("Deployment trainer"));
            if (name.equals("Deployment trainer")) {
                assertThat(account).as("%s: the trainer's account", overlay).isEqualTo("trainer");
                // The pod it patches: its own, named by the downward API (TrainerConfig's pod-name default).
                assertThat(pod.getContainers().get(0).getEnv()).as("%s: the trainer's POD_NAME", overlay)
                        .anySatisfy(env -> {
                            assertThat(env.getName()).isEqualTo("POD_NAME");
                            assertThat(env.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.name");
                        });
            }
        });
        List<Role> roles = KustomizeTest.objects(overlay, Role.class);
        assertThat(roles).as("%s: Roles", overlay).hasSize(1);
        assertThat(roles.get(0).getRules()).as("%s: the trainer's Role", overlay).singleElement().satisfies(rule -> {
            assertThat(rule.getApiGroups()).containsExactly("");
            assertThat(rule.getResources()).containsExactly("pods");
            assertThat(rule.getVerbs()).containsExactlyInAnyOrder("get", "patch");
            assertThat(rule.getResourceNames()).isNullOrEmpty();
        });
        List<RoleBinding> bindings = KustomizeTest.objects(overlay, RoleBinding.class);
        assertThat(bindings).singleElement().satisfies(b -> {
            assertThat(b.getRoleRef().getName()).isEqualTo(roles.get(0).getMetadata().getName());
            assertThat(b.getSubjects()).singleElement().satisfies(s -> {
                assertThat(s.getKind()).isEqualTo("ServiceAccount");
                assertThat(s.getName()).isEqualTo("trainer");
            });
        });
        assertThat(roles.stream().flatMap(r -> r.getRules().stream()).map(PolicyRule::getVerbs)
                .flatMap(List::stream)).as("%s: no Role grants more than get and patch", overlay)
                .containsOnly("get", "patch");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void everyPodIsDeniedByDefaultAndAllowedOnlyWhatItNeeds(String overlay) {
        List<NetworkPolicy> policies = KustomizeTest.objects(overlay, NetworkPolicy.class);
        assertThat(policies).as("%s: a default-deny policy for ingress and egress on every pod", overlay)
                .anySatisfy(p -> {
                    assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
                    assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
                    assertThat(p.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
                    assertThat(p.getSpec().getIngress()).isNullOrEmpty();
                    assertThat(p.getSpec().getEgress()).isNullOrEmpty();
                });
        for (String service : Repo.SERVICES.keySet()) {
            Map<String, String> labels = KustomizeTest.deployment(overlay, service).getSpec().getTemplate()
                    .getMetadata().getLabels();
            String where = overlay + ": " + service;
            assertThat(egress(policies, labels, "kube-system", 53)).as("%s reaches DNS (kube-dns)", where).isTrue();
            assertThat(egress(policies, labels, "kafka", 9092)).as("%s reaches Kafka", where).isTrue();
            assertThat(egress(policies, labels, "minio", 9000)).as("%s reaches S3", where)
                    .isEqualTo(!service.equals("aggregator"));
            assertThat(egress(policies, labels, null, 443)).as("%s reaches the Kubernetes API", where)
                    .isEqualTo(service.equals("trainer"));
            assertThat(ingressPorts(policies, labels, "monitoring")).as("%s: Prometheus scrapes its http port", where)
                    .contains("http");
            assertThat(ingressPorts(policies, labels, "any-namespace")).as("%s: ports open to any namespace", where)
                    .isEqualTo(service.equals("aggregator") ? List.of("8084") : List.of());
        }
        Map<String, String> topicsJob = KustomizeTest.podTemplates(overlay).get("Job transferlab-topics")
                .getMetadata().getLabels();
        assertThat(egress(policies, Objects.requireNonNullElse(topicsJob, Map.of()), "kafka", 9092))
                .as("%s: the topics Job reaches Kafka", overlay).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void kafkaCredentialsComeFromOneOptionalSecretForTheServicesAndKeda(String overlay) {
        for (String service : Repo.SERVICES.keySet()) {
            List<EnvFromSource> from = Optional.ofNullable(KustomizeTest.container(overlay, service).getEnvFrom())
                    .orElse(List.of());
            assertThat(from).as("%s: %s reads the KAFKA_* keys of Secret %s (optional: a plaintext Kafka needs "
                    + "none)", overlay, service, KAFKA_SECRET).anySatisfy(f -> {
                        assertThat(f.getSecretRef()).isNotNull();
                        assertThat(f.getSecretRef().getName()).isEqualTo(KAFKA_SECRET);
                        assertThat(f.getSecretRef().getOptional()).isTrue();
                    });
        }
        List<GenericKubernetesResource> generic = KustomizeTest.objects(overlay, GenericKubernetesResource.class);
        List<JsonNode> auths = generic.stream().filter(r -> "TriggerAuthentication".equals(r.getKind()))
                .map(r -> (JsonNode) KustomizeTest.YAML.valueToTree(r.getAdditionalProperties().get("spec"))).toList();
        assertThat(auths).as("%s: TriggerAuthentications", overlay).hasSize(1);
        List<String> parameters = new ArrayList<>();
        auths.get(0).path("secretTargetRef").forEach(ref -> {
            assertThat(ref.path("name").asText()).as("%s: KEDA's secret", overlay).isEqualTo(KAFKA_SECRET);
            parameters.add(ref.path("parameter").asText());
        });
        assertThat(parameters).as("%s: KEDA kafka scaler parameters", overlay)
                .containsExactlyInAnyOrder("sasl", "username", "password", "tls", "ca");
        String authName = generic.stream().filter(r -> "TriggerAuthentication".equals(r.getKind())).findFirst()
                .orElseThrow().getMetadata().getName();
        List<JsonNode> scaledObjects = generic.stream().filter(r -> "ScaledObject".equals(r.getKind()))
                .map(r -> (JsonNode) KustomizeTest.YAML.valueToTree(r.getAdditionalProperties().get("spec"))).toList();
        assertThat(scaledObjects).as("%s: ScaledObjects", overlay).hasSize(2).allSatisfy(spec -> spec.path("triggers")
                .forEach(t -> assertThat(t.path("authenticationRef").path("name").asText())
                        .as("%s: a kafka trigger's authenticationRef", overlay).isEqualTo(authName)));
    }

    /** Whether some policy selecting these pod labels allows egress to that namespace (null: an ipBlock) and port. */
    private static boolean egress(List<NetworkPolicy> policies, Map<String, String> labels, String namespace,
                                  int port) {
        return policies.stream().filter(p -> selects(p, labels)).flatMap(p -> Optional
                .ofNullable(p.getSpec().getEgress()).orElse(List.of()).stream())
                .anyMatch(rule -> rule.getTo().stream().anyMatch(peer -> namespace == null
                        ? peer.getIpBlock() != null : namespace.equals(namespaceOf(peer)))
                        && rule.getPorts().stream().map(NetworkPolicyPort::getPort)
                        .anyMatch(p -> p.getIntVal() != null && p.getIntVal() == port));
    }

    /** The ports that policies selecting these labels open to a namespace ("any-namespace": an empty selector). */
    private static List<String> ingressPorts(List<NetworkPolicy> policies, Map<String, String> labels,
                                             String namespace) {
        return policies.stream().filter(p -> selects(p, labels)).flatMap(p -> Optional
                .ofNullable(p.getSpec().getIngress()).orElse(List.of()).stream())
                .filter(rule -> rule.getFrom().stream().anyMatch(peer -> namespace.equals(namespaceOf(peer))))
                .flatMap(rule -> rule.getPorts().stream()).map(p -> p.getPort().getStrVal() != null
                        ? p.getPort().getStrVal() : String.valueOf(p.getPort().getIntVal())).toList();
    }

    private static String namespaceOf(NetworkPolicyPeer peer) {
        if (peer.getNamespaceSelector() == null) {
            return null;
        }
        Map<String, String> match = peer.getNamespaceSelector().getMatchLabels();
        return match == null || match.isEmpty() ? "any-namespace" : match.get("kubernetes.io/metadata.name");
    }

    private static boolean selects(NetworkPolicy policy, Map<String, String> labels) {
        var selector = policy.getSpec().getPodSelector();
        boolean byLabels = selector.getMatchLabels() == null
                || labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
        boolean byExpressions = Optional.ofNullable(selector.getMatchExpressions()).orElse(List.of()).stream()
                .allMatch(e -> switch (e.getOperator()) {
                    case "In" -> e.getValues().contains(labels.get(e.getKey()));
                    case "NotIn" -> !e.getValues().contains(labels.get(e.getKey()));
                    case "Exists" -> labels.containsKey(e.getKey());
                    case "DoesNotExist" -> !labels.containsKey(e.getKey());
                    default -> throw new AssertionError("operator " + e.getOperator());
                });
        return byLabels && byExpressions;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        return Stream.of(values).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
