package io.transferlab.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Reads experiments' and studies' status and results from the aggregator's REST API. */
public final class AggregatorClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String baseUrl;

    public AggregatorClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Every experiment's summary. */
    public JsonNode experiments() {
        return get("/experiments", HttpResponse.BodyHandlers.ofString()).map(AggregatorClient::parse).orElseThrow();
    }

    /** Every study's summary: its axis, state and levels complete. */
    public JsonNode studies() {
        return get("/studies", HttpResponse.BodyHandlers.ofString()).map(AggregatorClient::parse).orElseThrow();
    }

    /** The experiment's detail, empty while the aggregator has not heard of it. */
    public Optional<JsonNode> experiment(String id) {
        return text(experimentPath(id)).map(AggregatorClient::parse);
    }

    public Optional<JsonNode> results(String id) {
        return text(experimentPath(id) + "/results").map(AggregatorClient::parse);
    }

    /** The study's levels' progress and, once complete, its result; empty while no level is known. */
    public Optional<JsonNode> study(String id) {
        return text(path("studies", id)).map(AggregatorClient::parse);
    }

    /** A resource of one study, e.g. "figure.svg"; empty for an unknown study. */
    public Optional<byte[]> studyBytes(String id, String resource) {
        return get(path("studies", id) + "/" + resource, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A resource of one experiment, e.g. "results.csv"; empty for an unknown experiment. */
    public Optional<String> text(String id, String resource) {
        return text(experimentPath(id) + "/" + resource);
    }

    public Optional<byte[]> bytes(String id, String resource) {
        return get(experimentPath(id) + "/" + resource, HttpResponse.BodyHandlers.ofByteArray());
    }

    private Optional<String> text(String path) {
        return get(path, HttpResponse.BodyHandlers.ofString());
    }

    /** The experiment's live web page. */
    public String pageUrl(String id) {
        return baseUrl + "/experiment.html?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private static String experimentPath(String id) {
        return path("experiments", id);
    }

    /** Ids come from users: encoded, so an id can never reach another path. */
    private static String path(String collection, String id) {
        return "/" + collection + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private <T> Optional<T> get(String path, HttpResponse.BodyHandler<T> body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<T> response = http.send(request, body);
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            String why = e instanceof ConnectException ? "connection refused"
                    : e instanceof HttpTimeoutException ? "no answer in time"
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw new IllegalStateException("aggregator at " + baseUrl + " unreachable (" + why + "); start the "
                    + "local system with ./transferlab up, or name it with --aggregator URL", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("aggregator answered with invalid JSON", e);
        }
    }
}
