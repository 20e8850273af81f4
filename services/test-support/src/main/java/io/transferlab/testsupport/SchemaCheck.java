package io.transferlab.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.transferlab.contracts.messaging.MessageSchemas;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A published message against its JSON Schema, as a downstream consumer with the schema files would check it: the
 * schemas' references to each other ({@link MessageSchemas#VARIANTS}) are read from the class path, never fetched.
 */
public final class SchemaCheck {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(MessageSchemas.BASE_URI,
                    "classpath:schemas/")));
    private static final Map<MessageSchemas.Entry, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** What does not match the schema, one line per problem; empty for a valid message. */
    public static List<String> problems(MessageSchemas.Entry entry, String json) {
        return LOADED.computeIfAbsent(entry, e -> FACTORY.getSchema(e.load())).validate(json, InputFormat.JSON)
                .stream().map(ValidationMessage::toString).toList();
    }
}
