package io.transferlab.contracts.messaging;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.DatasetRef;
import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ResolvedSplit;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.contracts.spec.Variant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import io.transferlab.contracts.spec.ExperimentDesign;
import io.transferlab.contracts.spec.StudyAxisSpec;
import io.transferlab.contracts.spec.StudyRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Generates a message's JSON Schema from its record, saying what {@link Json#MAPPER} writes and accepts. */
final class MessageSchemaGenerator {

    /**
     * Components that may be left out or null, as their javadoc says (the mapper writes no nulls); every other
     * component is required. A request may leave out everything but its id and data set.
     */
    private static final Map<Class<?>, Set<String>> OPTIONAL = Map.ofEntries(
            Map.entry(ExperimentSpec.class, Set.of("split", "architecture", "depths", "variants", "seeds", "profile",
                    "budget", "evaluation")),
            Map.entry(DatasetRef.class, Set.of("location")),
            Map.entry(SplitSpec.class, components(SplitSpec.class)),
            Map.entry(ResolvedSplit.class, Set.of("classesA", "classesB", "sizeA", "sizeB")),
            Map.entry(TrainingBudget.class, components(TrainingBudget.class)),
            Map.entry(EvaluationSettings.class, components(EvaluationSettings.class)),
            Map.entry(RequestRejected.class, Set.of("experimentId", "requestKey")),
            Map.entry(PlannedJob.class, Set.of("parentJobId")),
            Map.entry(Provenance.class, Set.of("parentCheckpointId")),
            Map.entry(JobStatus.class, Set.of("message")),
            Map.entry(Measure.class, Set.of("mean", "std", "ciLow", "ciHigh", "paper", "mde", "relative",
                    "paperRelative")),
            Map.entry(Finding.class, Set.of("p")),
            Map.entry(ExperimentResult.class, Set.of("variance", "pairing", "prediction")),
            Map.entry(EstimatesCompleted.class, Set.of("failure")),
            Map.entry(PredictionCheck.class, Set.of("ciLow", "ciHigh", "p")),
            Map.entry(Prediction.class, Set.of("advisedDepth")),
            Map.entry(StudyRequest.class, Set.of("margin")),
            Map.entry(ExperimentAccepted.class, Set.of("study")),
            Map.entry(ExperimentDesign.class, Set.of("split", "architecture", "depths", "variants", "seeds",
                    "profile", "budget", "evaluation")),
            Map.entry(StudyAxisSpec.class, components(StudyAxisSpec.class)),
            Map.entry(TransferGain.class, Set.of("mean", "ciLow", "ciHigh")),
            Map.entry(MetricSummary.class, Set.of("ciLow", "ciHigh")),
            Map.entry(Choice.class, Set.of("ciLow", "ciHigh", "maxLoss")),
            Map.entry(LevelAdvice.class, Set.of("best", "cheapest")),
            Map.entry(StudyResult.class, Set.of("predictions")));

    /** The mapper writes a non-finite double as one of these strings (e.g. the accuracy of an empty test part). */
    private static final String[] NON_FINITE = {"NaN", "Infinity", "-Infinity"};

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+([^@]*)");

    private final Map<Class<?>, Map<String, String>> docs = new HashMap<>();

    /** The schema as committed: pretty-printed, one trailing newline. */
    String generate(MessageSchemas.Entry entry) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(Json.MAPPER,
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON);
        // Before the Jackson module's own enum definitions, which would otherwise copy the labels.
        config.forTypesInGeneral().withCustomDefinitionProvider(MessageSchemaGenerator::variant)
                .withCustomDefinitionProvider(MessageSchemaGenerator::floatingPoint);
        config.with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT);
        config.forFields()
                .withRequiredCheck(field -> !optional(field))
                .withNullableCheck(field -> !field.isFakeContainerItemScope() && optional(field))
                .withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null : describe(field));
        ObjectNode generated = new SchemaGenerator(config.build()).generateSchema(entry.type());
        // Identity first, so that a reader of the file sees what it describes before the details.
        ObjectNode schema = Json.MAPPER.createObjectNode().set("$schema", generated.remove("$schema"));
        schema.put("$id", entry.id()).put("title", entry.type().getSimpleName())
                .put("description", entry.description()).setAll(generated);
        return pretty(schema);
    }

    /** The schema of {@link MessageSchemas#VARIANTS}: the labels, in the paper's order. */
    String variants() {
        ObjectNode schema = Json.MAPPER.createObjectNode().put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier())
                .put("$id", MessageSchemas.BASE_URI + MessageSchemas.VARIANTS).put("title", "Variant")
                .put("description", "A network of the paper, by its label: XnY copies the first n layers of base net X"
                        + " and trains on half Y, + fine-tunes them, RnY keeps them random.")
                .put("type", "string");
        schema.putArray("enum").addAll(Arrays.stream(Variant.values()).map(v -> schema.textNode(v.label())).toList());
        return pretty(schema);
    }

    private static String pretty(ObjectNode schema) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A variant is a reference to the one schema of the labels, never a copy of them. */
    private static CustomDefinition variant(ResolvedType type, SchemaGenerationContext context) {
        return type.getErasedType() != Variant.class ? null : new CustomDefinition(context.getGeneratorConfig()
                .createObjectNode().put("$ref", MessageSchemas.VARIANTS), CustomDefinition.INLINE_DEFINITION,
                CustomDefinition.EXCLUDING_ATTRIBUTES);
    }

    private static boolean optional(FieldScope field) {
        return !field.getType().isPrimitive() && OPTIONAL.getOrDefault(field.getDeclaringType().getErasedType(),
                Set.of()).contains(field.getName());
    }

    private static CustomDefinition floatingPoint(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        if (erased != double.class && erased != Double.class && erased != float.class && erased != Float.class) {
            return null;
        }
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        node.putArray("anyOf").add(node.objectNode().put("type", "number"))
                .add(node.objectNode().set("enum", node.arrayNode().addAll(Arrays.stream(NON_FINITE)
                        .map(node::textNode).toList())));
        return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.EXCLUDING_ATTRIBUTES);
    }

    /** The component's {@code @param} line in its record's javadoc. */
    private String describe(FieldScope field) {
        return docs.computeIfAbsent(field.getDeclaringType().getErasedType(), MessageSchemaGenerator::paramDocs)
                .get(field.getName());
    }

    private static Map<String, String> paramDocs(Class<?> type) {
        Path source = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
        try {
            String text = Files.readString(source);
            int declaration = text.indexOf("public record " + type.getSimpleName());
            String javadoc = text.substring(text.lastIndexOf("/**", declaration), text.lastIndexOf("*/", declaration));
            Map<String, String> params = new HashMap<>();
            Matcher m = PARAM.matcher(javadoc.replaceAll("\\{@\\w+ ([^}]*)}", "$1"));
            while (m.find()) {
                params.put(m.group(1), m.group(2).replaceAll("\\s*\\n\\s*\\*\\s*", " ").trim());
            }
            return params;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the javadoc of " + type.getName(), e);
        }
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    }
}
