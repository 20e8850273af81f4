package io.transferlab.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Debian's Prometheus scrapes a /q/metrics endpoint, answers PromQL, and leaves no process or directory behind. */
class PrometheusServerTest {

    @Test
    void scrapesATargetAnswersQueriesAndCleansUp() throws Exception {
        HttpServer target = HttpServer.create(new InetSocketAddress(Ports.HOST, 0), 0);
        byte[] body = "# TYPE transferlab_test_answer gauge\ntransferlab_test_answer{variant=\"AnB\"} 42\n"
                .getBytes(StandardCharsets.UTF_8);
        target.createContext("/q/metrics", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        target.start();
        Path workDir;
        try (PrometheusServer prometheus = PrometheusServer.start(
                Map.of("fake", Ports.HOST + ":" + target.getAddress().getPort()))) {
            workDir = prometheus.workDir();
            JsonNode result = awaitSeries(prometheus, "transferlab_test_answer");
            assertThat(result.get(0).path("metric").path("job").asText()).isEqualTo("fake");
            assertThat(result.get(0).path("metric").path("variant").asText()).isEqualTo("AnB");
            assertThat(result.get(0).path("value").get(1).asText()).isEqualTo("42");
            assertThat(prometheus.targetHealth()).containsEntry("fake", "up");
            assertThat(prometheus.query("absent_metric_for_sure")).isEmpty();
        } finally {
            target.stop(0);
        }
        assertThat(ChildProcesses.alive()).isEmpty();
        assertThat(workDir).doesNotExist();
    }

    private static JsonNode awaitSeries(PrometheusServer prometheus, String query) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode result = prometheus.query(query);
        while (result.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
            result = prometheus.query(query);
        }
        assertThat(result).as("series of " + query).isNotEmpty();
        return result;
    }
}
