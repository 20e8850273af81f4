package io.transferlab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.messaging.MessageSchemas;
import io.transferlab.testsupport.SchemaCheck;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Published records against the JSON Schemas a downstream consumer would check them with. */
final class SchemaAssertions {

    private SchemaAssertions() {
    }

    /** Every record validates against its message's schema; dead letters are raw copies and have none. */
    static void assertMatchTheirTopicSchemas(List<ConsumerRecord<String, String>> records) {
        Map<String, List<String>> problems = records.stream()
                .filter(r -> MessageSchemas.forTopic(r.topic()).isPresent())
                .collect(Collectors.toMap(r -> r.topic() + "@" + r.partition() + ":" + r.offset(),
                        r -> SchemaCheck.problems(schema(r), r.value())));
        problems.values().removeIf(List::isEmpty);
        assertThat(problems).as("records that do not match their topic's schema").isEmpty();
    }

    /** The record's schema; a value that is no JSON at all is checked against its topic's (and fails it). */
    private static MessageSchemas.Entry schema(ConsumerRecord<String, String> record) {
        try {
            return MessageSchemas.forMessage(record.topic(), Json.MAPPER.readTree(record.value())).orElseThrow();
        } catch (JsonProcessingException e) {
            return MessageSchemas.forTopic(record.topic()).orElseThrow();
        }
    }
}
