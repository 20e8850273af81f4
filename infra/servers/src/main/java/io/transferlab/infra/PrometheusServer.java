package io.transferlab.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A real Prometheus (Debian's {@code /usr/bin/prometheus}) on 127.0.0.1, scraping the given services' /q/metrics
 * every second, with its own port and data directory: a packaged Prometheus may already run as a system service on
 * :9090 with its own data, and neither is touched. The directory is deleted on {@link #close()}.
 */
public final class PrometheusServer extends ChildServer {

    /** Overrides the binary, for machines where it lives elsewhere. */
    public static final String BINARY_VARIABLE = "TRANSFERLAB_PROMETHEUS";
    private static final String DEFAULT_BINARY = "/usr/bin/prometheus";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path binary;
    private final Path workDir;
    private final int port;

    private PrometheusServer(Path binary, Path workDir, int port) {
        this.binary = binary;
        this.workDir = workDir;
        this.port = port;
    }

    /**
     * Starts Prometheus scraping each target ({@code job name -> host:port}) at {@code /q/metrics} every second;
     * returns once it serves.
     */
    public static PrometheusServer start(Map<String, String> targets) {
        Path binary = Path.of(System.getenv().getOrDefault(BINARY_VARIABLE, DEFAULT_BINARY));
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("no Prometheus at " + binary
                    + "; install it (apt-get install -y prometheus) or set " + BINARY_VARIABLE);
        }
        try {
            Path workDir = Files.createTempDirectory("transferlab-prometheus-");
            Files.writeString(workDir.resolve("prometheus.yml"), config(targets));
            PrometheusServer server = new PrometheusServer(binary, workDir, Ports.free(1)[0]);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    /** Its config, data and log; deleted on close. */
    Path workDir() {
        return workDir;
    }

    /** An instant query at now; returns the {@code data.result} array, fails on any error Prometheus reports. */
    public JsonNode query(String promql) {
        JsonNode body = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        if (!"success".equals(body.path("status").asText())) {
            throw new IllegalStateException("query " + promql + " failed: " + body);
        }
        return body.path("data").path("result");
    }

    /** A range query ({@code data.result}, a matrix): one series per label set, a value every {@code step}. */
    public JsonNode queryRange(String promql, Instant start, Instant end, Duration step) {
        JsonNode body = get("/api/v1/query_range?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)
                + "&start=" + start.getEpochSecond() + "&end=" + end.getEpochSecond() + "&step=" + step.toSeconds());
        if (!"success".equals(body.path("status").asText())) {
            throw new IllegalStateException("range query " + promql + " failed: " + body);
        }
        return body.path("data").path("result");
    }

    /** The scrape targets with their health ("up", "down", "unknown"), by job name. */
    public Map<String, String> targetHealth() {
        JsonNode active = get("/api/v1/targets?state=active").path("data").path("activeTargets");
        return StreamSupport.stream(active.spliterator(), false).collect(Collectors.toMap(
                t -> t.path("labels").path("job").asText(), t -> t.path("health").asText(), (a, b) -> a + "," + b));
    }

    @Override
    ChildJvm spawn() {
        return ChildJvm.launchProgram("prometheus", List.of(binary.toString(),
                "--config.file=" + workDir.resolve("prometheus.yml"),
                "--storage.tsdb.path=" + workDir.resolve("data"),
                "--web.listen-address=" + Ports.HOST + ":" + port,
                "--log.level=warn"), workDir.resolve("prometheus.log"));
    }

    @Override
    boolean ready() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/-/ready")).timeout(Duration.ofSeconds(2))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    @Override
    public void close() {
        super.close();
        Directories.deleteRecursively(workDir);
    }

    /** Every second: the dashboards' queries need a few samples within a short test, not a realistic cadence. */
    static String config(Map<String, String> targets) {
        StringBuilder yaml = new StringBuilder("""
                global:
                  scrape_interval: 1s
                  scrape_timeout: 1s
                  evaluation_interval: 1s
                scrape_configs:
                """);
        targets.forEach((job, target) -> yaml.append("""
                  - job_name: '%s'
                    metrics_path: /q/metrics
                    static_configs:
                      - targets: ['%s']
                """.formatted(job, target)));
        return yaml.toString();
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(10)).build();
        try {
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException("prometheus at " + url() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
