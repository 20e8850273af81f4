package io.transferlab.deployment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.transferlab.contracts.messaging.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * docker-compose.yml (and the GPU override) as docker-compose resolves them ({@code docker-compose config}, Debian
 * package docker-compose, no Docker engine needed), checked for what the stack needs to come up and work.
 */
class ComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() { };
    /** The variables the compose file requires (no defaults: they are secrets); test values, not real ones. */
    static final Map<String, String> REQUIRED = Map.of(
            "TRANSFERLAB_S3_SECRET_KEY", "test-only-not-a-secret",
            "S3_ROOT_PASSWORD", "test-only-not-a-root-password",
            "GRAFANA_ADMIN_PASSWORD", "test-only-not-a-password");
    private static final List<String> S3_USERS = List.of("data-prep", "trainer", "evaluator");

    private static JsonNode base;
    private static JsonNode gpu;

    @BeforeAll
    static void render() {
        base = services(REQUIRED, "docker-compose.yml");
        gpu = services(REQUIRED, "docker-compose.yml", "docker-compose.gpu.yml");
    }

    @Test
    void theStackHasItsServers_theFourServices_andMonitoring() {
        assertThat(names(base)).as("services in docker-compose.yml").containsExactlyInAnyOrder("kafka", "kafka-init",
                "s3", "s3-init", "data-prep", "trainer", "evaluator", "aggregator", "prometheus", "grafana",
                "trainer-gpu1", "trainer-gpu2", "trainer-gpu3");
        for (String extra : List.of("trainer-gpu1", "trainer-gpu2", "trainer-gpu3")) {
            assertThat(strings(base.path(extra).path("profiles"))).as("%s runs only when its profile is asked for",
                    extra).containsExactly(extra.substring("trainer-".length()));
        }
        assertThat(strings(base.path("grafana").path("profiles"))).as("Grafana (not packaged for Debian, so not "
                + "buildable without a registry) runs only with its profile").containsExactly("grafana");
    }

    @Test
    void eachServersImageComesFromTheEnvironment_andEnvLocalNamesTheImagesBuiltHere() throws IOException {
        Map<String, String> local = new HashMap<>(REQUIRED);
        for (String line : Files.readAllLines(Repo.path("infra/containers/env.local"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                local.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        JsonNode onLocal = services(local, "docker-compose.yml");
        String build = Repo.read("infra/containers/build");
        Map<String, String> servers = Map.of("kafka", "KAFKA_IMAGE", "kafka-init", "KAFKA_IMAGE", "s3", "S3_IMAGE",
                "s3-init", "S3_IMAGE", "prometheus", "PROMETHEUS_IMAGE");
        servers.forEach((service, variable) -> {
            assertThat(base.path(service).path("image").asText()).as("%s: the public image by default", service)
                    .doesNotStartWith("transferlab/");
            String image = onLocal.path(service).path("image").asText();
            assertThat(image).as("%s with env.local's %s", service, variable).isEqualTo(local.get(variable));
            assertThat(build).as("infra/containers/build makes %s", image).contains(image);
        });
    }

    @Test
    void noSecretHasADefault() {
        Map<String, String> env = new HashMap<>(REQUIRED);
        env.remove("TRANSFERLAB_S3_SECRET_KEY");
        Repo.Result result = compose(env, List.of("docker-compose.yml"), "config", "-q");
        assertThat(result.exitCode()).as("docker-compose config without TRANSFERLAB_S3_SECRET_KEY must fail (a "
                + "secret must come from .env, never from a default in the file); stderr: %s", result.stderr())
                .isNotZero();
        assertThat(result.stderr()).as("the error names the missing variable").contains("TRANSFERLAB_S3_SECRET_KEY");

        for (String file : List.of("docker-compose.yml", "docker-compose.gpu.yml", ".env.example")) {
            Matcher m = Pattern.compile("(?m)^[ \\t]*([A-Z_]*(?:SECRET|PASSWORD)[A-Z_]*)[ \\t]*[:=][ \\t]*(\\S.*)?$")
                    .matcher(Repo.read(file));
            while (m.find()) {
                String value = m.group(2) == null ? "" : m.group(2).trim();
                assertThat(value.isEmpty() || value.startsWith("${") && value.contains(":?"))
                        .as("%s sets %s to '%s': a secret must be empty or a required ${VARIABLE:?message}",
                                file, m.group(1), value)
                        .isTrue();
            }
        }
    }

    @Test
    void everyServiceRestarts_andEveryLongRunningOneHasAHealthcheck() {
        Set<String> oneShot = oneShotJobs(base);
        assertThat(oneShot).as("one-shot init jobs awaited with service_completed_successfully")
                .containsExactlyInAnyOrder("kafka-init", "s3-init");
        base.properties().forEach(e -> {
            String restart = e.getValue().path("restart").asText("");
            assertThat(restart).as("service %s: restart policy", e.getKey())
                    .isIn("always", "unless-stopped", "on-failure");
            if (!oneShot.contains(e.getKey())) {
                JsonNode health = e.getValue().path("healthcheck");
                assertThat(health.path("test").isMissingNode() || health.path("disable").asBoolean(false))
                        .as("service %s has no healthcheck (others wait for it with service_healthy)", e.getKey())
                        .isFalse();
            }
        });
    }

    @Test
    void startupWaitsForHealthyServersAndCreatedTopics() {
        base.properties().forEach(e -> e.getValue().path("depends_on").properties().forEach(d ->
                assertThat(d.getValue().path("condition").asText(""))
                        .as("%s depends on %s without a health or completion condition", e.getKey(), d.getKey())
                        .isIn("service_healthy", "service_completed_successfully")));
        for (String service : Repo.SERVICES.keySet()) {
            assertThat(base.path(service).path("depends_on").path("kafka-init").path("condition").asText(""))
                    .as("%s must start after kafka-init created the topics", service)
                    .isEqualTo("service_completed_successfully");
        }
        for (String service : S3_USERS) {
            assertThat(base.path(service).path("depends_on").path("s3-init").path("condition").asText(""))
                    .as("%s must start after s3-init made its user (which waits for a healthy S3 server)", service)
                    .isEqualTo("service_completed_successfully");
        }
        assertThat(base.path("s3-init").path("depends_on").path("s3").path("condition").asText(""))
                .as("s3-init waits for a healthy S3 server").isEqualTo("service_healthy");
    }

    @Test
    void theServicesFindKafkaAndS3ThroughTheEnvironment() {
        String advertised = base.path("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText();
        for (String service : Repo.SERVICES.keySet()) {
            String bootstrap = base.path(service).path("environment").path("KAFKA_BOOTSTRAP_SERVERS").asText("");
            assertThat(bootstrap).as("%s: KAFKA_BOOTSTRAP_SERVERS", service).isNotEmpty();
            assertThat(advertised).as("%s's KAFKA_BOOTSTRAP_SERVERS %s is not a listener the broker advertises",
                    service, bootstrap).contains("://" + bootstrap);
        }
        for (String service : S3_USERS) {
            JsonNode env = base.path(service).path("environment");
            assertThat(env.path("TRANSFERLAB_S3_ENDPOINT").asText("")).as("%s: TRANSFERLAB_S3_ENDPOINT", service)
                    .isEqualTo("http://s3:9000");
            assertThat(env.path("TRANSFERLAB_S3_SECRET_KEY").asText("")).as("%s: TRANSFERLAB_S3_SECRET_KEY must come "
                    + "from the environment", service).isEqualTo(REQUIRED.get("TRANSFERLAB_S3_SECRET_KEY"));
            JsonNode init = base.path("s3-init").path("environment");
            assertThat(env.path("TRANSFERLAB_S3_ACCESS_KEY").asText("")).as("%s: the access key must be the user "
                    + "s3-init creates", service).isEqualTo(init.path("TRANSFERLAB_S3_ACCESS_KEY").asText())
                    .isNotEqualTo(base.path("s3").path("environment").path("MINIO_ROOT_USER").asText());
            assertThat(env.path("TRANSFERLAB_S3_SECRET_KEY").asText("")).as("%s: the secret key must be the user's",
                    service).isEqualTo(init.path("TRANSFERLAB_S3_SECRET_KEY").asText())
                    .isNotEqualTo(base.path("s3").path("environment").path("MINIO_ROOT_PASSWORD").asText());
        }
    }

    @Test
    void eachServiceIsBuiltFromItsDockerfileAndProbedOnItsOwnPort() throws IOException {
        for (var service : Repo.SERVICES.entrySet()) {
            String name = service.getKey();
            String port = Repo.propertyDefault(name, "quarkus.http.port");
            assertThat(port).as("%s's port in its application.properties", name)
                    .isEqualTo(String.valueOf(service.getValue()));
            assertThat(String.join(" ", strings(base.path(name).path("healthcheck").path("test"))))
                    .as("%s's healthcheck must ask its readiness endpoint on its port", name)
                    .contains("http://127.0.0.1:" + port + "/q/health/ready");
            checkDockerfile(name, base.path(name).path("build"), "Dockerfile.jvm");
        }
    }

    @Test
    void kafkaInitCreatesEveryTopicWithTheContractsPartitionsAndRetention() {
        JsonNode init = base.path("kafka-init");
        assertThat(String.join(" ", strings(init.path("entrypoint"))))
                .as("kafka-init runs the one topic setup").isEqualTo("/bin/bash /opt/transferlab/ensure-topics.sh");
        List<String> mounts = new ArrayList<>();  // short syntax (source:target:ro) or long (type, source, target)
        init.path("volumes").forEach(v -> mounts.add(v.isTextual() ? v.asText()
                : v.path("source").asText() + ":" + v.path("target").asText()));
        assertThat(mounts).as("kafka-init mounts %s", TopicScripts.SCRIPT).anySatisfy(mount -> assertThat(mount)
                .matches(".*/" + TopicScripts.SCRIPT + ":/opt/transferlab/ensure-topics.sh(:ro)?"));
        TopicScripts.check();
        assertThat(base.path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText())
                .as("automatic topic creation must be off: an auto-created jobs topic has 1 partition, not %s",
                        Topics.JOB_PARTITIONS).isEqualTo("false");
    }

    @Test
    void trainersScaleAsOneConsumerGroup() {
        JsonNode trainer = base.path("trainer");
        assertThat(trainer.path("deploy").path("replicas").asInt()).as("trainer replicas by default").isEqualTo(2);
        Map<String, String> env = new HashMap<>(REQUIRED);
        env.put("TRAINER_REPLICAS", "5");
        assertThat(services(env, "docker-compose.yml").path("trainer").path("deploy").path("replicas").asInt())
                .as("trainer replicas with TRAINER_REPLICAS=5").isEqualTo(5);
        assertThat(trainer.has("ports") || trainer.has("container_name"))
                .as("the trainer is replicated: no host ports and no container_name, or the replicas collide")
                .isFalse();
        assertThat(trainer.path("environment").path("TRANSFERLAB_TRAINER_GROUP").asText())
                .as("the trainers' group equals the group.id default in the trainer's application.properties")
                .isEqualTo(Repo.propertyDefault("trainer", "mp.messaging.incoming.jobs.group.id"));
    }

    @Test
    void theGpuOverridePinsEachTrainerToItsOwnGpu() throws IOException {
        List<String> gpuTrainers = devicesReserved(gpu);
        assertThat(gpuTrainers).as("services reserving devices with the GPU override")
                .containsExactly("trainer", "trainer-gpu1", "trainer-gpu2", "trainer-gpu3");
        assertThat(devicesReserved(base)).as("services reserving devices without the GPU override").isEmpty();
        Set<String> deviceIds = new TreeSet<>();
        Map<String, String> cpuEnv = YAML.convertValue(base.path("trainer").path("environment"), STRINGS);
        for (String name : gpuTrainers) {
            JsonNode trainer = gpu.path(name);
            JsonNode devices = trainer.path("deploy").path("resources").path("reservations").path("devices");
            assertThat(devices.size()).as("%s: one device reservation", name).isEqualTo(1);
            JsonNode device = devices.get(0);
            assertThat(device.path("driver").asText()).as("%s: device driver", name).isEqualTo("nvidia");
            assertThat(strings(device.path("capabilities"))).as("%s: device capabilities", name).contains("gpu");
            // count: 1 with N replicas hands every replica the same GPU: one pinned device and one replica each.
            assertThat(strings(device.path("device_ids"))).as("%s: device_ids", name).hasSize(1);
            assertThat(deviceIds.add(strings(device.path("device_ids")).get(0))).as("%s: a GPU of its own", name)
                    .isTrue();
            assertThat(trainer.path("deploy").path("replicas").asInt()).as("%s: replicas", name).isEqualTo(1);
            assertThat(trainer.path("deploy").path("resources").path("limits").path("memory").asText())
                    .as("%s: a memory limit", name).isNotEmpty();
            assertThat(trainer.path("image").asText()).as("%s: image", name).contains("trainer-cuda");
            checkDockerfile("trainer", trainer.path("build"), "Dockerfile.cuda");
            Map<String, String> gpuEnv = YAML.convertValue(trainer.path("environment"), STRINGS);
            assertThat(gpuEnv).as("%s keeps the trainer's environment", name).containsAllEntriesOf(cpuEnv)
                    .as("%s must insist on CUDA (TRANSFERLAB_TRAINER_BACKEND=cuda), never train on the CPU", name)
                    .containsEntry("TRANSFERLAB_TRAINER_BACKEND", "cuda");
        }
        assertThat(Repo.read("services/trainer/src/main/docker/Dockerfile.cuda"))
                .as("Dockerfile.cuda: a CUDA 11.6 cuDNN 8 base (ND4J's nd4j-cuda-11.6 backend)")
                .contains("nvidia/cuda:11.6").contains("cudnn8");
    }

    @Test
    void everyJvmServiceHasAMemoryLimit() {
        for (String service : Repo.SERVICES.keySet()) {
            assertThat(base.path(service).path("deploy").path("resources").path("limits").path("memory").asText())
                    .as("%s: deploy.resources.limits.memory (the heap is half of it)", service).isNotEmpty();
        }
    }

    @Test
    void dataPrepReadsTheDataSetsReadOnlyWhereRequestsExpectThem() {
        Map<String, String[]> mounts = mounts("data-prep");
        assertThat(mounts).as("data-prep mounts the data sets at /usr/share/datasets (Fashion-MNIST's default "
                + "location, and data-prep's allowed root)").containsKey("/usr/share/datasets");
        assertThat(mounts.get("/usr/share/datasets")[1]).as("the data sets are mounted read-only").isEqualTo("ro");
    }

    /** The metrics engineer's files: the test checks they are there, and that they fit this compose file. */
    @Test
    void prometheusAndGrafanaMountTheRepositorysMonitoringFiles() throws IOException {
        Path config = Repo.path("infra/prometheus/prometheus.yml");
        assertThat(mounts("prometheus").get("/etc/prometheus/prometheus.yml")).as("prometheus's configuration mount")
                .isNotNull().satisfies(m -> assertThat(Path.of(m[0])).isEqualTo(config));
        assertThat(config).as("the Prometheus configuration docker-compose.yml mounts").isRegularFile();
        String scrape = Files.readString(config);
        for (var service : Repo.SERVICES.entrySet()) {
            assertThat(scrape).as("%s scrapes %s on port %s at /q/metrics", config, service.getKey(),
                    service.getValue()).contains(service.getKey()).contains(String.valueOf(service.getValue()));
        }
        assertThat(scrape).as("%s: the services' metrics path", config).contains("/q/metrics");

        Map<String, String[]> grafana = mounts("grafana");
        Path provisioning = Repo.path("infra/grafana/provisioning");
        Path dashboards = Repo.path("infra/grafana/dashboards");
        assertThat(grafana.get("/etc/grafana/provisioning")).as("grafana's provisioning mount").isNotNull()
                .satisfies(m -> assertThat(Path.of(m[0])).isEqualTo(provisioning));
        assertThat(grafana.get("/var/lib/grafana/dashboards")).as("grafana's dashboards mount").isNotNull()
                .satisfies(m -> assertThat(Path.of(m[0])).isEqualTo(dashboards));
        assertThat(provisioning).as("Grafana provisioning folder docker-compose.yml mounts").isDirectory();
        assertThat(dashboards).as("Grafana dashboards folder docker-compose.yml mounts").isDirectory();
        try (Stream<Path> files = Files.walk(dashboards)) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count())
                    .as("dashboards (JSON) in %s", dashboards).isPositive();
        }
        try (Stream<Path> files = Files.walk(provisioning)) {
            String all = files.filter(Files::isRegularFile).map(Repo.ROOT::relativize).map(Path::toString)
                    .map(Repo::read).collect(Collectors.joining("\n"));
            assertThat(all).as("a provisioned data source must reach compose's Prometheus at http://prometheus:9090")
                    .contains("http://prometheus:9090");
            assertThat(all).as("a dashboard provider must load %s", "/var/lib/grafana/dashboards")
                    .contains("/var/lib/grafana/dashboards");
        }
    }

    private static void checkDockerfile(String service, JsonNode build, String expected) throws IOException {
        assertThat(Path.of(build.path("context").asText())).as("%s: build context is the repository root", service)
                .isEqualTo(Repo.ROOT);
        String dockerfile = build.path("dockerfile").asText();
        assertThat(dockerfile).as("%s's Dockerfile", service)
                .isEqualTo("services/" + service + "/src/main/docker/" + expected);
        assertThat(Repo.path(dockerfile)).as("%s's Dockerfile", service).isRegularFile();
        String text = Files.readString(Repo.path(dockerfile));
        assertThat(text).as("%s copies %s's packaged application", dockerfile, service)
                .contains("services/" + service + "/target/quarkus-app/");
        assertThat(text).as("%s installs curl for the health check", dockerfile).contains("curl");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(text);
        assertThat(user.find() && !user.group(1).equals("root") && !user.group(1).equals("0"))
                .as("%s must run as a non-root USER", dockerfile).isTrue();
    }

    /** Target path to {source, mode} of a service's volumes ("source:target[:mode]" or the long syntax). */
    private static Map<String, String[]> mounts(String service) {
        Map<String, String[]> mounts = new LinkedHashMap<>();
        for (JsonNode volume : base.path(service).path("volumes")) {
            if (volume.isTextual()) {
                String[] parts = volume.asText().split(":");
                mounts.put(parts[1], new String[] {parts[0], parts.length > 2 ? parts[2] : "rw"});
            } else {
                mounts.put(volume.path("target").asText(), new String[] {volume.path("source").asText(),
                        volume.path("read_only").asBoolean(false) ? "ro" : "rw"});
            }
        }
        return mounts;
    }

    private static Set<String> oneShotJobs(JsonNode services) {
        Set<String> jobs = new TreeSet<>();
        services.forEach(s -> s.path("depends_on").properties().forEach(d -> {
            if ("service_completed_successfully".equals(d.getValue().path("condition").asText())) {
                jobs.add(d.getKey());
            }
        }));
        return jobs;
    }

    private static List<String> devicesReserved(JsonNode services) {
        List<String> names = new ArrayList<>();
        services.properties().forEach(e -> {
            if (!e.getValue().path("deploy").path("resources").path("reservations").path("devices").isMissingNode()) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    private static Set<String> names(JsonNode services) {
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> values.add(n.asText()));
        } else if (!node.isMissingNode()) {
            values.add(node.asText());
        }
        return values;
    }

    /** The resolved services: {@code config -q} must accept the files, {@code config} prints them resolved. */
    static JsonNode services(Map<String, String> env, String... files) {
        Repo.Result check = compose(env, List.of(files), "config", "-q");
        if (check.exitCode() != 0) {
            fail("docker-compose %s config -q rejected the file(s) (exit %d): %s", String.join(" ", files),
                    check.exitCode(), check.stderr());
        }
        Repo.Result resolved = compose(env, List.of(files), "config");
        try {
            return YAML.readTree(resolved.stdout()).path("services");
        } catch (IOException e) {
            throw new AssertionError("docker-compose config printed no YAML: " + resolved.stdout(), e);
        }
    }

    /** docker-compose with the given files and variables only: an empty --env-file keeps a developer's .env out. */
    private static Repo.Result compose(Map<String, String> env, List<String> files, String... args) {
        try {
            Path emptyEnvFile = Files.createTempFile("compose", ".env");
            List<String> command = new ArrayList<>(List.of(
                    Repo.tool("docker-compose", "DOCKER_COMPOSE", "docker-compose").toString(),
                    "--env-file", emptyEnvFile.toString()));
            files.forEach(f -> command.addAll(List.of("-f", Repo.path(f).toString())));
            command.addAll(List.of(args));
            Repo.Result result = Repo.run(command, env);
            Files.delete(emptyEnvFile);
            return result;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
