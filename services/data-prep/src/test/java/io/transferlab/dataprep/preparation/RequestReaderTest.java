package io.transferlab.dataprep.preparation;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.contracts.validation.ValidationBounds;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The reasons a request author reads: a field path and Jackson's problem, without packages or stack traces. */
class RequestReaderTest {

    private final RequestReader reader = new RequestReader(1000, new SpecValidator(ValidationBounds.DEFAULT));

    @Test
    void readsAValidRequest() {
        String json = "{\"experimentId\": \"e1\", \"dataset\": {\"name\": \"mnist\"}}";
        ReadRequest read = reader.read("key", utf8(json));

        assertThat(read.rejection()).isNull();
        assertThat(read.spec().experimentId()).isEqualTo("e1");
    }

    @Test
    void unknownNestedFieldIsNamedByItsPath() {
        Outcome.Rejected rejected = reject("{\"experimentId\": \"e1\", \"budget\": {\"epochz\": 3}}");

        assertThat(rejected.experimentId()).isEqualTo("e1");
        assertThat(rejected.reasons()).singleElement().asString()
                .startsWith("budget.epochz: unknown field (known: [batchSize, checkpointEvery, dropout, epochs,");
    }

    @Test
    void wrongTypesAreNamedByTheirPathWithWhatTheFieldAllows() {
        assertThat(reject("{\"budget\": {\"epochs\": \"ten\"}}").reasons()).singleElement().asString()
                .isEqualTo("budget.epochs: \"ten\" is not a whole number from 1 to 1000");
        assertThat(reject("{\"experimentId\": 5}").reasons()).singleElement().asString()
                .isEqualTo("experimentId: 5 is not text (a JSON string)");
        assertThat(reject("{\"depths\": [1, 2.5]}").reasons()).singleElement().asString()
                .isEqualTo("depths[1]: 2.5 is not a whole number");
        assertThat(reject("{\"budget\": {\"momentum\": [0.9]}}").reasons()).singleElement().asString()
                .isEqualTo("budget.momentum: a list is not a number in [0, 1)");
        assertThat(reject("{\"variants\": [\"baseA\", \"XnY\"]}").reasons()).singleElement().asString()
                .isEqualTo("variants[1]: unknown variant 'XnY' (known: " + Variant.labels() + ")");
    }

    @Test
    void numbersBeyondTheFieldsTypeGetTheDocumentedBound() {
        assertThat(reject("{\"budget\": {\"iterations\": 1e12}}").reasons()).singleElement().asString()
                .isEqualTo("budget.iterations: 1.0E12 is not a whole number from 1 to 1000000");
        assertThat(reject("{\"budget\": {\"iterations\": 1000000000000}}").reasons()).singleElement().asString()
                .isEqualTo("budget.iterations: 1000000000000 is not a whole number from 1 to 1000000");
        assertThat(reject("{\"evaluation\": {\"bestK\": 99999999999}}").reasons()).singleElement().asString()
                .isEqualTo("evaluation.bestK: 99999999999 is not a whole number from 1 to 1000");
    }

    @Test
    void aFieldGivenTwiceIsRejectedWithItsPath() {
        Outcome.Rejected top = reject("{\"experimentId\": \"e6\", \"depths\": [9], \"depths\": [1]}");
        assertThat(top.unreadable()).isFalse();
        assertThat(top.experimentId()).isEqualTo("e6");
        assertThat(top.reasons()).containsExactly(
                "depths: given more than once; each field may appear once (JSON leaves open which value counts)");
        assertThat(reject("{\"budget\": {\"epochs\": 1, \"epochs\": 2}}").reasons()).singleElement().asString()
                .startsWith("budget.epochs: given more than once");
        assertThat(reject("{\"experimentId\": \"first\", \"experimentId\": \"second\"}").experimentId())
                .isEqualTo("first");
    }

    @Test
    void malformedJsonSaysWhere() {
        Outcome.Rejected rejected = reject("{\"experimentId\": \"e2\",\n \"depths\": [1,, 2]}");

        assertThat(rejected.experimentId()).isEqualTo("e2");
        assertThat(rejected.reasons()).singleElement().asString()
                .startsWith("request: malformed JSON at line 2, column 15 (in depths): Unexpected character (','");
    }

    @Test
    void trailingContentIsRejected() {
        Outcome.Rejected rejected = reject("{\"experimentId\": \"e3\"} {}");

        assertThat(rejected.reasons()).containsExactly(
                "request: more text after the request's closing brace; a request is one JSON object");
        assertThat(rejected.experimentId()).isEqualTo("e3");
        assertThat(rejected.unreadable()).isFalse();
    }

    @Test
    void experimentIdIsTakenOnlyFromTheTopLevel() {
        assertThat(Json.topLevelText("{\"dataset\": {\"experimentId\": \"inner\"}, \"experimentId\": \"outer\"",
                "experimentId")).contains("outer");
        assertThat(Json.topLevelText("{\"dataset\": {\"experimentId\": \"inner\"}", "experimentId")).isEmpty();
        assertThat(Json.topLevelText("{\"experimentId\": 7}", "experimentId")).isEmpty();
        assertThat(Json.topLevelText("[\"experimentId\"]", "experimentId")).isEmpty();
        assertThat(reject("nonsense").experimentId()).isEqualTo("record-key");
    }

    @Test
    void oversizedAndEmptyRequestsAreNotParsed() {
        String big = "{\"experimentId\": \"e4\", \"x\": \"" + "\u00e9".repeat(500) + "\"}";
        Outcome.Rejected oversized = reject(big);

        assertThat(oversized.experimentId()).isEqualTo("record-key");
        assertThat(oversized.reasons()).containsExactly("request: " + (big.length() + 500)
                + " bytes exceed the configured maximum of 1000");
        assertThat(reject(" ").reasons()).containsExactly("request: empty; a request is JSON text in UTF-8");
        assertThat(reject((byte[]) null).reasons()).containsExactly("request: empty; a request is JSON text in UTF-8");
    }

    @Test
    void onlyNotAJsonDocumentAtAllIsUnreadable() {
        assertThat(reject("{\"experimentId\": \"e2\", \"depths\": [1,, 2]}").unreadable()).isTrue();
        assertThat(reject("{\"budget\": {\"epochs\": \"ten\"}}").unreadable()).isFalse();
        assertThat(reject(" ").unreadable()).isTrue();
    }

    @Test
    void anotherEncodingThanUtf8IsNamed() {
        byte[] latin1 = "{\"experimentId\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        Outcome.Rejected rejected = reject(latin1);
        assertThat(rejected.unreadable()).isTrue();
        assertThat(rejected.reasons()).containsExactly("request: not UTF-8 (invalid byte 0xe9 at offset 21); a request"
                + " is JSON text in UTF-8");
        byte[] utf16 = "{\"experimentId\": \"e5\"}".getBytes(StandardCharsets.UTF_16LE);
        assertThat(reject(utf16).reasons()).containsExactly(
                "request: NUL character at offset 1 (UTF-16 or binary data?); a request is JSON text in UTF-8");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Outcome.Rejected reject(String json) {
        return reject(utf8(json));
    }

    private Outcome.Rejected reject(byte[] value) {
        ReadRequest read = reader.read("record-key", value);
        assertThat(read.rejection()).as("rejection").isNotNull();
        assertThat(read.spec()).isNull();
        return read.rejection();
    }
}
