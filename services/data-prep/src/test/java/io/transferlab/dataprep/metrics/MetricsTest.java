package io.transferlab.dataprep.metrics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.dataprep.Outputs;
import io.transferlab.dataprep.Requests;
import io.transferlab.dataprep.TestData;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.MetricsScrape;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.transferlab.dataprep.Requests.publish;
import static org.assertj.core.api.Assertions.assertThat;

/** /q/metrics counts requests by outcome and the shards (and their bytes) an accepted request wrote. */
@QuarkusTest
@QuarkusTestResource(value = LocalServersResource.class)
class MetricsTest {

    private static final String REQUESTS = "transferlab_dataprep_requests_total";
    private static final String SHARDS = "transferlab_dataprep_shards_written_total";
    private static final String BYTES = "transferlab_dataprep_shards_written_bytes_total";

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Test
    void countsRequestsByOutcomeAndTheShardsWritten() {
        MetricsScrape before = MetricsScrape.of(metrics);
        String accepted = Requests.uniqueId("metrics-ok");
        String rejected = Requests.uniqueId("metrics-bad");
        try (Outputs ok = Outputs.about(companion, accepted); Outputs bad = Outputs.about(companion, rejected)) {
            publish(companion, accepted, Json.write(Requests.small(accepted, TestData.mnist().toString())));
            publish(companion, rejected, "{\"experimentId\": \"" + rejected + "\", \"depths\": [9]}");
            ok.await(Topics.EXPERIMENTS, 1);
            bad.await(Topics.REJECTIONS, 1);
        }
        MetricsScrape after = MetricsScrape.of(metrics);

        assertThat(after.get(REQUESTS, "outcome", "accepted") - before.get(REQUESTS, "outcome", "accepted"))
                .isEqualTo(1);
        assertThat(after.get(REQUESTS, "outcome", "rejected") - before.get(REQUESTS, "outcome", "rejected"))
                .isEqualTo(1);
        assertThat(after.get(SHARDS) - before.get(SHARDS)).as("train, validation, test of each half").isEqualTo(6);
        assertThat(after.get(BYTES) - before.get(BYTES)).isGreaterThan(6 * 100);
    }
}
