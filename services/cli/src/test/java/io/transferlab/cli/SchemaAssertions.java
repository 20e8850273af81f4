package io.transferlab.cli;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.transferlab.contracts.messaging.MessageSchemas;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Published records against the JSON Schemas a downstream consumer would check them with. */
final class SchemaAssertions {

    private static final Map<String, JsonSchema> BY_TOPIC = MessageSchemas.ALL.stream().collect(Collectors.toMap(
            MessageSchemas.Entry::topic,
            entry -> JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(entry.load())));

    private SchemaAssertions() {
    }

    /** Every record validates against its topic's schema; dead letters are raw copies and have none. */
    static void assertMatchTheirTopicSchemas(List<ConsumerRecord<String, String>> records) {
        Map<String, List<String>> problems = records.stream().filter(r -> BY_TOPIC.containsKey(r.topic()))
                .collect(Collectors.toMap(r -> r.topic() + "@" + r.partition() + ":" + r.offset(),
                        r -> BY_TOPIC.get(r.topic()).validate(r.value(), InputFormat.JSON).stream()
                                .map(Object::toString).toList()));
        problems.values().removeIf(List::isEmpty);
        assertThat(problems).as("records that do not match their topic's schema").isEmpty();
    }
}
