package io.transferlab.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * TransferLab's alerts: one rule file (infra/prometheus/rules), loaded by docker-compose's Prometheus and carried
 * unchanged by the Prometheus Operator's PrometheusRule; each alert unit-tested with promtool, annotated with a
 * runbook section that exists, and built on metrics that exist.
 */
class AlertRulesTest {

    static final String RULES = "infra/prometheus/rules/transferlab.rules.yml";
    static final String RULE_TESTS = "infra/prometheus/transferlab.rules.test.yml";
    static final String RUNBOOK = "docs/kubernetes.md";
    /** kube-prometheus-stack's default selector for PodMonitors and PrometheusRules (its Helm release's name). */
    static final String RELEASE = "kube-prometheus-stack";
    /**
     * Series no TransferLab code or dashboard names: Prometheus's own {@code up}, and kube-state-metrics' pod series
     * (https://github.com/kubernetes/kube-state-metrics/blob/main/docs/metrics/workload/pod-metrics.md).
     */
    static final Set<String> EXTERNAL = Set.of("up", "kube_pod_status_phase",
            "kube_pod_container_status_restarts_total");

    @Test
    void promtoolAcceptsTheRulesAndEveryUnitTestPasses() {
        Optional<Path> promtool = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "promtool")).filter(Files::isExecutable)
                .findFirst();
        assumeTrue(promtool.isPresent(), "promtool is not on the PATH: the alert rules were NOT checked; install the "
                + "Debian package prometheus (.ci/run does), which ships promtool");
        Repo.Result check = Repo.run(List.of(promtool.get().toString(), "check", "rules", RULES), Map.of());
        assertThat(check.exitCode()).as("promtool check rules %s: %s%s", RULES, check.stdout(), check.stderr())
                .isZero();
        Repo.Result test = Repo.run(List.of(promtool.get().toString(), "test", "rules", RULE_TESTS), Map.of());
        assertThat(test.exitCode()).as("promtool test rules %s: %s%s", RULE_TESTS, test.stdout(), test.stderr())
                .isZero();
        assertThat(test.stdout() + test.stderr()).contains("SUCCESS");
    }

    @Test
    void thePrometheusRuleCarriesExactlyTheRuleFilesGroups() {
        List<GenericKubernetesResource> rules = monitoring("PrometheusRule");
        assertThat(rules).as("PrometheusRules in k8s/monitoring").hasSize(1);
        JsonNode spec = KustomizeTest.YAML.valueToTree(rules.get(0).getAdditionalProperties().get("spec"));
        assertThat(spec.path("groups")).as("the PrometheusRule's spec.groups against %s: run k8s/monitoring/"
                + "render-rules after editing the rules", RULES).isEqualTo(yaml(RULES).path("groups"));
        assertThat(rules.get(0).getMetadata().getLabels()).as("the PrometheusRule's labels")
                .containsEntry("release", RELEASE);
    }

    @Test
    void thePodMonitorNamesEachJobAfterItsServiceAndIsSelectedByKubePrometheusStack() {
        List<GenericKubernetesResource> monitors = monitoring("PodMonitor");
        assertThat(monitors).hasSize(1);
        assertThat(monitors.get(0).getMetadata().getLabels()).as("the PodMonitor's labels")
                .containsEntry("release", RELEASE);
        JsonNode spec = KustomizeTest.YAML.valueToTree(monitors.get(0).getAdditionalProperties().get("spec"));
        // The rules select job="aggregator", job="trainer": the pods' name label, as compose's job names.
        assertThat(spec.path("jobLabel").asText()).as("the PodMonitor's jobLabel").isEqualTo("app.kubernetes.io/name");
        String scrape = Repo.read("infra/prometheus/prometheus.yml");
        Repo.SERVICES.keySet().forEach(service -> assertThat(scrape).as("compose's scrape job for %s", service)
                .contains("job_name: " + service));
    }

    @Test
    void composesPrometheusLoadsTheRuleFile() {
        JsonNode prometheus = yaml("docker-compose.yml").path("services").path("prometheus");
        List<String> volumes = new ArrayList<>();
        prometheus.path("volumes").forEach(v -> volumes.add(v.asText()));
        assertThat(volumes).as("compose's Prometheus mounts the rules").contains(
                "./infra/prometheus/rules:/etc/prometheus/rules:ro");
        List<String> ruleFiles = new ArrayList<>();
        yaml("infra/prometheus/prometheus.yml").path("rule_files").forEach(f -> ruleFiles.add(f.asText()));
        assertThat(ruleFiles).as("prometheus.yml's rule_files (relative to /etc/prometheus)")
                .containsExactly("rules/*.rules.yml");
        assertThat(Path.of(RULES).getFileName().toString()).endsWith(".rules.yml");
    }

    @Test
    void everyAlertHasASeverityAndAnnotationsThatPointAtASectionOfTheRunbook() {
        Set<String> anchors = anchors(Repo.read(RUNBOOK));
        List<JsonNode> alerts = alerts();
        assertThat(alerts).as("alerts in %s", RULES).hasSizeGreaterThanOrEqualTo(7);
        for (JsonNode alert : alerts) {
            String name = alert.path("alert").asText();
            assertThat(alert.path("labels").path("severity").asText()).as("%s: severity", name)
                    .isIn("critical", "warning");
            for (String annotation : List.of("summary", "description")) {
                assertThat(alert.path("annotations").path(annotation).asText()).as("%s: %s", name, annotation)
                        .isNotBlank();
            }
            String runbook = alert.path("annotations").path("runbook_url").asText();
            assertThat(runbook).as("%s: runbook_url", name).startsWith(RUNBOOK + "#");
            assertThat(anchors).as("%s: %s has no section for %s", name, RUNBOOK, runbook)
                    .contains(runbook.substring(runbook.indexOf('#') + 1));
        }
    }

    @Test
    void everyAlertIsUnitTestedFiringAndSilent() {
        Set<String> firing = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        yaml(RULE_TESTS).path("tests").forEach(test -> test.path("alert_rule_test").forEach(c ->
                (c.path("exp_alerts").isEmpty() ? silent : firing).add(c.path("alertname").asText())));
        Set<String> names = alerts().stream().map(a -> a.path("alert").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(firing).as("alerts with a case in %s where they fire", RULE_TESTS).isEqualTo(names);
        assertThat(silent).as("alerts with a case in %s where they stay silent", RULE_TESTS).isEqualTo(names);
    }

    @Test
    void everyMetricTheRulesUseExists() throws IOException {
        String code = mainSources();
        String dashboards;
        try (Stream<Path> files = Files.list(Repo.path("infra/grafana/dashboards"))) {
            dashboards = files.map(Repo.ROOT::relativize).map(Path::toString).map(Repo::read)
                    .collect(Collectors.joining("\n"));
        }
        Set<String> metrics = new TreeSet<>();
        for (JsonNode alert : alerts()) {
            // Every series is written with a selector, name{...}: functions and keywords are followed by "(".
            Matcher m = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{").matcher(alert.path("expr").asText());
            while (m.find()) {
                metrics.add(m.group(1));
            }
        }
        assertThat(metrics).as("metrics the rules use").isNotEmpty();
        for (String metric : metrics) {
            if (metric.startsWith("transferlab_")) {
                // Micrometer's name, as the code registers it: dots, no _total/_seconds suffix.
                String meter = metric.replaceAll("_(total|seconds|bytes)$", "").replace('_', '.');
                assertThat(code).as("%s: no Micrometer meter \"%s\" in the services' code", metric, meter)
                        .contains("\"" + meter + "\"");
            } else if (metric.startsWith("kafka_")) {
                // Kafka's client metrics come through Micrometer's binder; the dashboards' queries with them are run
                // on a real Prometheus after a real sweep (DashboardQueriesEndToEndTest), which proves the names.
                assertThat(dashboards).as("%s: Kafka client metrics only as a dashboard proves them", metric)
                        .contains(metric + "{");
            } else {
                assertThat(EXTERNAL).as("%s: neither TransferLab's, Kafka's nor a known exporter's", metric)
                        .contains(metric);
            }
        }
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*$").matcher(markdown);
        while (m.find()) {
            anchors.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-'));
        }
        return anchors;
    }

    private static List<JsonNode> alerts() {
        List<JsonNode> alerts = new ArrayList<>();
        yaml(RULES).path("groups").forEach(g -> g.path("rules").forEach(r -> {
            if (r.has("alert")) {
                alerts.add(r);
            }
        }));
        return alerts;
    }

    private static List<GenericKubernetesResource> monitoring(String kind) {
        return KustomizeTest.kustomized("k8s/monitoring").stream().filter(GenericKubernetesResource.class::isInstance)
                .map(GenericKubernetesResource.class::cast).filter(r -> kind.equals(r.getKind())).toList();
    }

    private static String mainSources() throws IOException {
        List<Path> roots = List.of(Repo.path("services"), Repo.path("shared-model"));
        StringBuilder all = new StringBuilder();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")
                        && f.toString().contains("/src/main/java/")).toList()) {
                    all.append(Files.readString(f)).append('\n');
                }
            }
        }
        return all.toString();
    }

    static JsonNode yaml(String file) {
        try {
            return KustomizeTest.YAML.readTree(Repo.read(file));
        } catch (IOException e) {
            throw new AssertionError(file + " is no YAML", e);
        }
    }
}
