package io.transferlab.dataprep;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.transferlab.testsupport.LocalServersResource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Readiness covers the Kafka channels, so an orchestrator sends no traffic before the broker is reachable. */
@QuarkusTest
@QuarkusTestResource(value = LocalServersResource.class)
class HealthTest {

    @TestHTTPResource("/q/health/ready")
    URI ready;

    @Test
    void readyWithItsChannels() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\": \"UP\"", "requests", "experiments", "jobs", "rejections");
    }
}
