package io.transferlab.cli.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.transferlab.contracts.json.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Reads experiments' status and results from the aggregator's REST API. */
public final class AggregatorClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String baseUrl;

    public AggregatorClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The experiment's summary, empty while the aggregator has not heard of it. */
    public Optional<JsonNode> experiment(String id) {
        return get("/experiments/" + id).map(AggregatorClient::parse);
    }

    public Optional<JsonNode> results(String id) {
        return get("/experiments/" + id + "/results").map(AggregatorClient::parse);
    }

    public Optional<String> text(String path) {
        return get(path);
    }

    private Optional<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("aggregator at " + baseUrl + " unreachable: " + e.getMessage(), e);
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
