package io.transferlab.contracts.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.transferlab.contracts.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The committed schemas are the ones the records generate; real messages satisfy them and broken ones do not. */
class SchemasTest {

    private static final Path COMMITTED = Path.of("src/main/resources");
    private static final String UPDATE = "mvn -pl shared-model/contracts test -Dtest=SchemasTest -Dschemas.update=true";
    /** Reads every $ref within the set from the committed files, as a consumer with a copy of them would. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(MessageSchemas.BASE_URI, "classpath:schemas/")));
    private static final MessageSchemaGenerator GENERATOR = new MessageSchemaGenerator();
    private static final Map<MessageSchemas.Entry, JsonSchema> LOADED = new ConcurrentHashMap<>();

    static Stream<MessageSchemas.Entry> schemas() {
        return MessageSchemas.ALL.stream();
    }

    static Stream<Arguments> messages() {
        return Stream.concat(SampleMessages.full().entrySet().stream(), SampleMessages.sparse().stream())
                .map(e -> Arguments.of(e.getKey().name(), e.getKey(), e.getValue()));
    }

    @Test
    void everyTopicButTheDeadLettersHasOneSchemaAndRequestsTwo() {
        List<String> topics = new ArrayList<>(Topics.ALL.stream().filter(t -> !t.equals(Topics.DEAD_LETTERS)).toList());
        topics.add(1, Topics.REQUESTS); // experiment and study requests
        assertThat(MessageSchemas.ALL).extracting(MessageSchemas.Entry::topic).containsExactlyElementsOf(topics);
        assertThat(MessageSchemas.forTopic(Topics.REQUESTS)).contains(MessageSchemas.REQUEST);
        assertThat(MessageSchemas.forTopic(Topics.DEAD_LETTERS)).isEmpty();
        assertThat(SampleMessages.full()).containsOnlyKeys(MessageSchemas.ALL);
    }

    @Test
    void aStudyRequestIsToldFromAnExperimentRequestByItsStudyId() throws Exception {
        assertThat(MessageSchemas.forMessage(Topics.REQUESTS, Json.MAPPER.readTree("{\"studyId\": \"s\"}")))
                .contains(MessageSchemas.STUDY_REQUEST);
        assertThat(MessageSchemas.forMessage(Topics.REQUESTS, Json.MAPPER.readTree("{\"experimentId\": \"e\"}")))
                .contains(MessageSchemas.REQUEST);
        assertThat(MessageSchemas.forMessage(Topics.REQUESTS, Json.MAPPER.readTree("[1]")))
                .contains(MessageSchemas.REQUEST);
        assertThat(MessageSchemas.forMessage(Topics.JOBS, Json.MAPPER.readTree("{\"studyId\": \"s\"}")))
                .contains(MessageSchemas.JOB);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemas")
    void committedSchemaIsTheGeneratedOne(MessageSchemas.Entry entry) throws IOException {
        String generated = GENERATOR.generate(entry);
        Path file = COMMITTED.resolve(entry.resource());
        if (Boolean.getBoolean("schemas.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
        }
        String committed = Files.exists(file) ? Files.readString(file) : "";

        assertThat(committed).as("%s differs from what %s generates; regenerate with: %s", file,
                entry.type().getSimpleName(), UPDATE).isEqualTo(generated);
        assertThat(Json.MAPPER.readTree(committed).path("$id").asText()).isEqualTo(entry.id());
    }

    @Test
    void committedVariantSchemaIsTheGeneratedOne() throws IOException {
        Path file = COMMITTED.resolve("schemas").resolve(MessageSchemas.VARIANTS);
        if (Boolean.getBoolean("schemas.update")) {
            Files.writeString(file, GENERATOR.variants());
        }
        assertThat(Files.exists(file) ? Files.readString(file) : "").as("%s; regenerate with: %s", file, UPDATE)
                .isEqualTo(GENERATOR.variants());
        // Every message schema refers to it; none carries a copy of the labels.
        for (MessageSchemas.Entry entry : MessageSchemas.ALL) {
            assertThat(entry.load()).as(entry.name()).doesNotContain("\"AnB+\"");
        }
    }

    @Test
    void noOtherSchemaFilesAreCommitted() throws IOException {
        try (Stream<Path> files = Files.list(COMMITTED.resolve("schemas"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(MessageSchemas.ALL.stream().map(MessageSchemas.Entry::fileName),
                            Stream.of(MessageSchemas.VARIANTS)).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void realMessagesValidate(String name, MessageSchemas.Entry entry, Object message) {
        assertThat(errors(entry, Json.write(message))).isEmpty();
    }

    @Test
    void anUnknownFieldIsRejected() {
        assertBroken(MessageSchemas.RESULT, result -> result.put("figure", "svg"), true);
        assertBroken(MessageSchemas.RESULT, result -> cell(result).put("median", 0.93), true);
        assertBroken(MessageSchemas.REQUEST, request -> request.with("budget").put("epoch", 3), true);
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        assertBroken(MessageSchemas.RESULT, result -> result.put("jobs", "twelve"), true);
        assertBroken(MessageSchemas.RESULT, result -> cell(result).put("count", true), true);
        assertBroken(MessageSchemas.RESULT, result -> result.put("cells", "none"), true);
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        assertBroken(MessageSchemas.RESULT, result -> result.remove("jobs"), true);
        assertBroken(MessageSchemas.RESULT, result -> cell(result).remove("depth"), true);
        // The mapper would read these as null; the schema says every published message carries them.
        assertBroken(MessageSchemas.RESULT, result -> result.remove("specDigest"), false);
        assertBroken(MessageSchemas.RESULT, result -> result.remove("findings"), false);
    }

    @Test
    void anUnknownVariantLabelIsRejected() {
        assertBroken(MessageSchemas.RESULT, result -> cell(result).put("variant", "CnB"), true);
        // The enum's own name is not what is published: the label is.
        assertBroken(MessageSchemas.RESULT, result -> cell(result).put("variant", "BASE_B"), false);
    }

    /** The schema rejects the changed message; where the mapper does too, it must agree. */
    private static void assertBroken(MessageSchemas.Entry entry, Consumer<ObjectNode> change, boolean mapperRejects) {
        Object message = SampleMessages.full().get(entry);
        ObjectNode json = Json.MAPPER.valueToTree(message);
        change.accept(json);
        String broken = json.toString();

        assertThat(errors(entry, broken)).as(broken).isNotEmpty();
        if (mapperRejects) {
            assertThatThrownBy(() -> Json.read(broken, entry.type())).as(broken)
                    .isInstanceOf(UncheckedIOException.class);
        }
    }

    private static ObjectNode cell(JsonNode result) {
        return (ObjectNode) result.path("cells").path(0);
    }

    private static Set<ValidationMessage> errors(MessageSchemas.Entry entry, String json) {
        return LOADED.computeIfAbsent(entry, e -> FACTORY.getSchema(e.load())).validate(json, InputFormat.JSON);
    }
}
