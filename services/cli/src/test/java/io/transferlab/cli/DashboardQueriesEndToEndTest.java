package io.transferlab.cli;

import io.transferlab.cli.client.AggregatorClient;
import io.transferlab.cli.client.RequestPublisher;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.infra.PrometheusServer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query of every provisioned Grafana dashboard, run on a real Prometheus (Debian's binary) that scraped the four
 * services through a small sweep: each must return at least one series. The one exception is GPU use, which needs
 * NVIDIA's dcgm-exporter: its query is skipped, and says so, only when Prometheus has no DCGM_FI_DEV_GPU_UTIL at all.
 *
 * <p>One poison job goes to the dead letters first, so the dead-letter panel has something to count.
 */
class DashboardQueriesEndToEndTest {

    private static final List<String> SERVICES = List.of("data-prep", "trainer", "evaluator", "aggregator");
    private static final String GPU_METRIC = "DCGM_FI_DEV_GPU_UTIL";
    /** Kafka client metrics reach Micrometer on its refresh (every minute), so a new one may lag that long. */
    private static final Duration SETTLE = Duration.ofSeconds(90);

    @Test
    void everyDashboardQueryReturnsSeriesFromARealSweep() throws Exception {
        LocalSystem system = LocalSystem.shared();
        Path data = TinyDataSet.write();
        Map<String, String> targets = new LinkedHashMap<>();
        SERVICES.forEach(name -> targets.put(name, URI.create(system.url(name)).getAuthority()));
        try (PrometheusServer prometheus = PrometheusServer.start(targets)) {
            awaitTargetsUp(prometheus);
            Instant started = Instant.now();

            sendPoisonJob(system.kafka());
            String id = "dashboards-" + UUID.randomUUID().toString().substring(0, 8);
            RequestPublisher.publish(system.kafka(), """
                    {"experimentId": "%s", "dataset": {"name": "mnist", "location": "%s"},
                     "split": {"classesA": [0, 1], "classesB": [2, 3]}, "depths": [1], "seeds": [1],
                     "budget": {"iterations": 6, "batchSize": 16, "checkpointEvery": 3},
                     "evaluation": {"validateEvery": 3, "validationImages": 20, "testImages": 40}}
                    """.formatted(id, data));
            awaitComplete(new AggregatorClient(system.aggregatorUrl()), id);
            Thread.sleep(5_000); // a few more scrapes after the last evaluation

            List<Dashboards.Query> queries = Dashboards.queries();
            boolean gpuMetrics = !prometheus.query(GPU_METRIC).isEmpty();
            Map<Dashboards.Query, Integer> counts = settle(prometheus, queries, gpuMetrics);
            for (Dashboards.Query query : queries) {
                String name = "[" + query.dashboard() + "] " + query.panel() + " " + query.refId();
                if (counts.get(query) == null) {
                    System.out.printf("SKIPPED %s: no %s series (no dcgm-exporter scraped here): %s%n", name,
                            GPU_METRIC, query.promql());
                } else {
                    System.out.printf("%3d series  %s: %s%n", counts.get(query), name, query.promql());
                }
            }
            assertThat(queries).as("queries that returned no series")
                    .filteredOn(query -> Integer.valueOf(0).equals(counts.get(query)))
                    .extracting(query -> query.dashboard() + " / " + query.panel() + ": " + query.promql()).isEmpty();
            for (Path dashboard : Dashboards.files()) {
                Path png = Path.of("target/dashboards").resolve(dashboard.getFileName().toString()
                        .replace(".json", ".png"));
                DashboardRendering.render(dashboard, prometheus, started, Instant.now(), png);
                System.out.println("dashboard rendered: " + png.toAbsolutePath());
            }
        }
    }

    /**
     * Runs every query until each returns a series or {@link #SETTLE} has passed; the count of each (null for a GPU
     * query skipped because Prometheus has no DCGM metrics).
     */
    private static Map<Dashboards.Query, Integer> settle(PrometheusServer prometheus, List<Dashboards.Query> queries,
                                                         boolean gpuMetrics) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        Map<Dashboards.Query, Integer> counts = new LinkedHashMap<>();
        while (true) {
            for (Dashboards.Query query : queries) {
                boolean skipped = !gpuMetrics && query.promql().contains(GPU_METRIC);
                counts.put(query, skipped ? null : prometheus.query(query.promql()).size());
            }
            if (!counts.containsValue(0) || System.nanoTime() > deadline) {
                return counts;
            }
            Thread.sleep(2_000);
        }
    }

    private static void awaitTargetsUp(PrometheusServer prometheus) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!prometheus.targetHealth().values().stream().allMatch("up"::equals)
                || prometheus.targetHealth().size() < SERVICES.size()) {
            assertThat(System.nanoTime()).as("targets up: %s", prometheus.targetHealth()).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    private static void awaitComplete(AggregatorClient aggregator, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!aggregator.experiment(id).map(e -> e.path("state").asText()).orElse("").equals("COMPLETE")) {
            assertThat(System.nanoTime()).as("sweep %s complete within 10 minutes", id).isLessThan(deadline);
            Thread.sleep(1_000);
        }
    }

    /** A job message no trainer can read: the trainer sends it to the dead letters and carries on. */
    private static void sendPoisonJob(String kafka) throws Exception {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.JOBS, "dashboards-poison-" + UUID.randomUUID(),
                    "{ not a training job")).get();
        }
    }
}
