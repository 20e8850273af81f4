package io.transferlab.contracts.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Hostile requests read and checked as data-prep and the CLI do: every reason names the field path, what was found
 * and what is allowed, once, in the request's terms (docs/messages.md), and none speaks the JSON library's language.
 */
class HostileRequestReasonsTest {

    private static final SpecValidator VALIDATOR = new SpecValidator(ValidationBounds.DEFAULT);
    private static final String HEAD = "{\"experimentId\": \"e1\", \"dataset\": {\"name\": \"mnist\"}";
    /** Words of Jackson or Java that mean nothing to a request's author. */
    private static final Pattern LIBRARY = Pattern.compile("com\\.fasterxml|java\\.|FAIL_ON_|ALLOW_|JsonParser|"
            + "JsonReadFeature|MismatchedInput|Cannot deserialize|Cannot construct|Cannot coerce|Cannot map|"
            + "\\[Source:|line: \\d|column: \\d|`|\\(code \\d+\\)|\\bVariant\\b|\\bDataDraw\\b|ExperimentSpec|"
            + "StudyRequest|Integer|Double|Long\\b|String value|token|'null'|contains null");

    static Stream<Arguments> hostile() {
        return Stream.of(
                arguments("trailing tokens", HEAD + "} {\"x\": 1}", "request", "after the request's closing brace",
                        "one JSON object"),
                arguments("trailing garbage", HEAD + "} x", "request", "after the request's closing brace",
                        "one JSON object"),
                arguments("NaN", HEAD + ", \"budget\": {\"learningRate\": NaN}}", "budget.learningRate", "NaN",
                        "a number in (0, 10)"),
                arguments("Infinity", HEAD + ", \"budget\": {\"momentum\": Infinity}}", "budget.momentum",
                        "Infinity", "a number in [0, 1)"),
                arguments("-Infinity", HEAD + ", \"split\": {\"validationFraction\": -Infinity}}",
                        "split.validationFraction", "-Infinity", "a finite number"),
                arguments("unknown variant", HEAD + ", \"variants\": [\"baseA\", \"XnY\"]}", "variants[1]",
                        "'XnY'", "baseA, baseB, BnB"),
                arguments("unknown draw", HEAD + ", \"split\": {\"draw\": \"all\"}}", "split.draw", "'all'",
                        "per-seed, fixed, paired-seeds"),
                arguments("text for a number", HEAD + ", \"budget\": {\"epochs\": \"ten\"}}", "budget.epochs",
                        "\"ten\"", "a whole number from 1 to 1000"),
                arguments("object for a list", HEAD + ", \"depths\": {\"n\": 3}}", "depths", "an object",
                        "a list"),
                arguments("list for text", "{\"experimentId\": [\"e1\"], \"dataset\": {\"name\": \"mnist\"}}",
                        "experimentId", "a list", "text"),
                arguments("number for an object", HEAD + ", \"budget\": 5}", "budget", "5", "an object"),
                arguments("null experimentId", "{\"experimentId\": null, \"dataset\": {\"name\": \"mnist\"}}",
                        "experimentId", "missing", "[a-z0-9][a-z0-9-]{0,62}"),
                arguments("null depth", HEAD + ", \"depths\": [1, null]}", "depths[1]", "null", "1..7"),
                arguments("null seed", HEAD + ", \"seeds\": [1, null]}", "seeds[1]", "null",
                        "a non-negative integer"),
                arguments("null variant", HEAD + ", \"variants\": [\"baseA\", null]}", "variants[1]", "null",
                        "baseA, baseB, BnB"),
                arguments("null class", HEAD + ", \"split\": {\"classesA\": [0, null], \"classesB\": [2, 3]}}",
                        "split.classesA[1]", "null", "a class"),
                arguments("null data set", "{\"experimentId\": \"e1\", \"dataset\": null}", "dataset.name",
                        "missing", "fashion-mnist"),
                arguments("unknown field", HEAD + ", \"epochs\": 3}", "epochs", "unknown field",
                        "experimentId"),
                arguments("a list, not a request", "[1, 2]", "request", "a list", "a JSON object"),
                arguments("text, not a request", "\"e1\"", "request", "'e1'", "a JSON object"),
                arguments("a number, not a request", "42", "request", "42", "a JSON object"),
                arguments("nested wrong shape", HEAD + ", \"split\": [[0, 1], [2, 3]]}", "split", "a list",
                        "an object"),
                arguments("duplicate key", HEAD + ", \"depths\": [1], \"depths\": [2]}", "depths",
                        "more than once", "once"),
                arguments("unclosed object", HEAD + ", \"depths\": [1]", "request", "ends",
                        "one JSON object"),
                arguments("study with a null level", "{\"studyId\": \"s\", \"axis\": {\"targetSize\": [60, null]},"
                        + " \"design\": {\"dataset\": {\"name\": \"mnist\"}}}", "axis.targetSize[1]", "required",
                        "images of half B"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void eachReasonNamesThePathWhatWasFoundAndWhatIsAllowedOnce(String what, String json, String path, String found,
                                                                 String allowed) {
        List<String> reasons = reasons(json.getBytes(StandardCharsets.UTF_8));

        assertThat(reasons).as(what).filteredOn(r -> r.startsWith(path + ": ")).singleElement().asString()
                .contains(found).contains(allowed);
        assertThat(reasons).as(what).allSatisfy(r -> assertThat(r).doesNotContainPattern(LIBRARY));
        assertThat(reasons.stream().map(r -> r.substring(0, r.indexOf(':'))).distinct()).as(what)
                .hasSameSizeAs(reasons);
    }

    static Stream<Arguments> unreadable() {
        return Stream.of(
                arguments("empty", new byte[0]),
                arguments("blank", " \n".getBytes(StandardCharsets.UTF_8)),
                arguments("Latin-1", "{\"experimentId\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1)),
                arguments("UTF-16", "{\"experimentId\": \"e1\"}".getBytes(StandardCharsets.UTF_16LE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadable")
    void bytesThatAreNoRequestSaySoAndWhatARequestIs(String what, byte[] value) {
        RequestReading.Read read = new RequestReading(VALIDATOR).read(value);

        assertThat(read.unreadable()).isTrue();
        assertThat(read.problem()).as(what).startsWith("request: ").contains("a request is JSON text in UTF-8")
                .doesNotContainPattern(LIBRARY);
    }

    /** What data-prep and {@code transferlab check} report: the reading's one reason, or the validator's. */
    private static List<String> reasons(byte[] value) {
        RequestReading.Read read = new RequestReading(VALIDATOR).read(value);
        if (read.problem() != null) {
            return List.of(read.problem());
        }
        return read.study() != null ? StudyLevels.problems(read.study(), VALIDATOR) : VALIDATOR.validate(read.spec());
    }
}
