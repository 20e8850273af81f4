package io.transferlab.dataprep.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.storage.ObjectKeys;
import io.transferlab.dataprep.Outputs;
import io.transferlab.dataprep.Requests;
import io.transferlab.dataprep.TestData;
import io.transferlab.storage.ObjectStore;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.TopicWatch;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.transferlab.dataprep.Requests.publish;
import static io.transferlab.testsupport.Records.header;
import static org.assertj.core.api.Assertions.assertThat;

/** A failure of this service is no rejection: the request goes to the dead letters as it came, and nothing answers it. */
@QuarkusTest
@QuarkusTestResource(value = LocalServersResource.class)
class FailedRequestTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Inject
    ObjectStore store;

    /** The failure here: the experiment's stored accepted event is damaged, so it cannot be read back. */
    @Test
    void aRequestMetByAFailureIsDeadLetteredUnanswered() {
        String id = Requests.uniqueId("failure");
        store.put(ObjectKeys.accepted(id), "{\"experimentId\": ".getBytes(StandardCharsets.UTF_8));
        String json = Json.write(Requests.small(id, TestData.mnist().toString()));
        try (TopicWatch deadLetters = TopicWatch.keys(companion, Topics.DEAD_LETTERS, id);
             Outputs out = Outputs.about(companion, id)) {
            publish(companion, id, json);

            ConsumerRecord<String, String> dead = deadLetters.await(1, Duration.ofSeconds(30)).get(0);
            assertThat(dead.value()).isEqualTo(json);
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.REQUESTS);
            assertThat(header(dead, "dead-letter-reason")).isNotBlank();
            KafkaCompanion.sleep(Duration.ofMillis(500)); // long enough for an answer that should not exist to arrive
            assertThat(out.rejections()).isEmpty();
            assertThat(out.accepted()).isEmpty();
            assertThat(out.jobs()).isEmpty();
        }
    }
}
