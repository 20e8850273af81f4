package io.transferlab.dataprep.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.messaging.Topics;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.dataprep.Outputs;
import io.transferlab.dataprep.Requests;
import io.transferlab.dataprep.TestData;
import io.transferlab.testsupport.LocalServersResource;
import io.transferlab.testsupport.TopicWatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static io.transferlab.dataprep.Requests.publish;
import static io.transferlab.testsupport.Records.header;
import static org.assertj.core.api.Assertions.assertThat;

/** Every request its author can fix is answered with exactly one rejection that says what to fix, and nothing else. */
@QuarkusTest
@QuarkusTestResource(value = LocalServersResource.class)
class RejectedRequestTest {

    @InjectKafkaCompanion
    KafkaCompanion companion;

    @Test
    void malformedJsonIsRejectedUnderTheIdItNames() {
        String id = Requests.uniqueId("malformed");
        String json = "{\"experimentId\": \"" + id + "\", \"dataset\": {\"name\": \"mnist\",";

        assertThat(rejected(null, id, json).reasons()).singleElement().asString()
                .startsWith("request: malformed JSON at line 1, column ");
    }

    /** Not a request at all: answered like any other, and kept as it came on the dead-letter topic. */
    @Test
    void unreadableRequestIsRejectedUnderItsRecordKeyAndDeadLettered() {
        String key = Requests.uniqueId("unreadable");
        try (TopicWatch deadLetters = TopicWatch.keys(companion, Topics.DEAD_LETTERS, key)) {
            RequestRejected rejected = rejected(key, key, "not json");

            assertThat(rejected.reasons()).singleElement().asString()
                    .startsWith("request: malformed JSON at line 1, column 1: 'not' is not a JSON value");
            assertThat(rejected.requestKey()).isEqualTo(key);
            ConsumerRecord<String, String> dead = deadLetters.await(1, Duration.ofSeconds(30)).get(0);
            assertThat(dead.value()).isEqualTo("not json");
            assertThat(header(dead, "dead-letter-topic")).isEqualTo(Topics.REQUESTS);
            assertThat(header(dead, "dead-letter-reason")).startsWith("request: malformed JSON at line 1, column 1");
        }
    }

    @Test
    void aRequestInAnotherEncodingIsNamedAsSuch() {
        String key = Requests.uniqueId("latin1");
        byte[] latin1 = ("{\"experimentId\": \"" + key + "\", \"dataset\": {\"name\": \"caf\u00e9\"}}")
                .getBytes(StandardCharsets.ISO_8859_1);
        try (Outputs out = Outputs.about(companion, key)) {
            companion.produce(String.class, byte[].class)
                    .fromRecords(new ProducerRecord<>(Topics.REQUESTS, key, latin1)).awaitCompletion();
            out.await(Topics.REJECTIONS, 1);

            assertThat(out.rejections().get(0).reasons()).singleElement().asString()
                    .startsWith("request: not UTF-8 (invalid byte 0xe9 at offset ");
            assertThat(out.jobs()).isEmpty();
        }
    }

    @Test
    void unknownFieldIsNamed() {
        String id = Requests.uniqueId("unknown-field");
        String json = Json.write(spec(id)).replaceFirst("\\{", "{\"colour\":\"red\",");

        assertThat(rejected(id, id, json).reasons()).containsExactly("colour: unknown field (known: [architecture, "
                + "budget, dataset, depths, evaluation, experimentId, profile, seeds, split, variants])");
    }

    @Test
    void wrongTypeIsNamedWithItsPath() {
        String id = Requests.uniqueId("wrong-type");
        String json = Json.write(spec(id)).replace("\"depths\":[1,2]", "\"depths\":[1,\"two\"]");

        assertThat(rejected(id, id, json).reasons()).singleElement().asString()
                .isEqualTo("depths[1]: \"two\" is not a whole number");
    }

    @Test
    void depthNineIsOutOfRange() {
        String id = Requests.uniqueId("depth-nine");

        assertThat(rejected(id, id, Json.write(Requests.withDepths(spec(id), List.of(1, 9)))).reasons())
                .containsExactly("depths[1]: 9 is outside 1..7 (a cut after one of the 8 weight layers)");
    }

    @Test
    void overlappingClassesAreRejected() {
        String id = Requests.uniqueId("overlap");
        ExperimentSpec spec = Requests.withSplit(spec(id), SplitSpec.explicit(List.of(0, 1, 2), List.of(2, 3, 4)));

        assertThat(rejected(id, id, Json.write(spec)).reasons())
                .containsExactly("split: classesA and classesB overlap in [2]");
    }

    /** A bad location and a bad split are named together, in one answer. */
    @Test
    void everyProblemIsNamedInOneRejection() {
        String id = Requests.uniqueId("several");
        ExperimentSpec spec = Requests.withSplit(Requests.small(id, "/etc"),
                SplitSpec.explicit(List.of(0, 1, 2), List.of(2, 3, 4)));

        assertThat(rejected(id, id, Json.write(spec)).reasons()).hasSize(2)
                .contains("split: classesA and classesB overlap in [2]")
                .anySatisfy(reason -> assertThat(reason)
                        .startsWith("dataset.location: '/etc' is outside the allowed roots [/usr/share/datasets, "));
    }

    @Test
    void locationOutsideTheAllowedRootsIsRejected() {
        String id = Requests.uniqueId("outside");

        assertThat(rejected(id, id, Json.write(Requests.small(id, "/etc"))).reasons()).singleElement().asString()
                .startsWith("dataset.location: '/etc' is outside the allowed roots [/usr/share/datasets, ");
    }

    @Test
    void traversalIsRejected() {
        String id = Requests.uniqueId("traversal");
        String location = TestData.mnist() + "/../../../etc";

        assertThat(rejected(id, id, Json.write(Requests.small(id, location))).reasons())
                .containsExactly("dataset.location: '..' segments are not allowed");
    }

    @Test
    void bucketNotAllowedIsRejected() {
        String id = Requests.uniqueId("bucket");

        assertThat(rejected(id, id, Json.write(Requests.small(id, "s3://someone-elses-bucket/mnist"))).reasons())
                .containsExactly("dataset.location: 's3://someone-elses-bucket/mnist' is outside the allowed S3 "
                        + "locations [s3://transferlab/datasets/]");
    }

    @Test
    void oversizedRequestIsRejectedUnread() {
        String key = Requests.uniqueId("oversized");
        String json = Json.write(spec(key)).replaceFirst("\\{", "{" + " ".repeat(70_000));

        assertThat(rejected(key, key, json).reasons()).containsExactly(
                "request: " + json.length() + " bytes exceed the configured maximum of 65536");
    }

    @Test
    void missingDataFilesAreNamed() {
        String id = Requests.uniqueId("missing");
        String location = TestData.empty().toString();

        assertThat(rejected(id, id, Json.write(Requests.small(id, location))).reasons()).singleElement().asString()
                .startsWith("dataset: " + location + "/train-images-idx3-ubyte: file not found");
    }

    @Test
    void corruptDataFileIsNamed() {
        String id = Requests.uniqueId("corrupt");
        String location = TestData.corrupt().toString();

        assertThat(rejected(id, id, Json.write(Requests.small(id, location))).reasons()).singleElement().asString()
                .startsWith("dataset: " + location + "/train-images-idx3-ubyte.gz: ");
    }

    private static ExperimentSpec spec(String id) {
        return Requests.small(id, TestData.mnist().toString());
    }

    /** Publishes the request and returns its one rejection, having checked that nothing else was published for it. */
    private RequestRejected rejected(String recordKey, String experimentId, String json) {
        try (Outputs out = Outputs.about(companion, experimentId)) {
            publish(companion, recordKey, json);
            out.await(Topics.REJECTIONS, 1);

            assertThat(out.keys(Topics.REJECTIONS)).containsExactly(experimentId);
            assertThat(out.accepted()).isEmpty();
            assertThat(out.jobs()).isEmpty();
            RequestRejected rejected = out.rejections().get(0);
            assertThat(rejected.experimentId()).isEqualTo(experimentId);
            assertThat(rejected.requestKey()).isEqualTo(recordKey);
            return rejected;
        }
    }
}
