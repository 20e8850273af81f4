package io.transferlab.dataprep.preparation;

import io.transferlab.service.storage.AcceptedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A study request that cannot run: one rejection keyed by its studyId, each problem at the study request's path. */
class StudyRejectionsTest {

    @TempDir
    Path root;

    private final AcceptedStore accepted = Handlers.memory();

    @Test
    void aStudyIsToldByItsStudyIdWhateverItsType() throws Exception {
        Outcome.Rejected rejected = reject("key", "{\"studyId\": 5, " + design("") + ", \"axis\": {}}");

        assertThat(rejected.experimentId()).isEqualTo("key");
        assertThat(rejected.reasons()).containsExactly("studyId: 5 is not text (a JSON string)");
    }

    @Test
    void misreadValuesAreNamedAtTheStudysPathWithWhatTheLevelsFieldAllows() throws Exception {
        assertThat(reject(study("t", design(", \"budget\": {\"epochs\": \"ten\"}"), "\"targetSize\": [60, 600]"))
                .reasons()).containsExactly("design.budget.epochs: \"ten\" is not a whole number from 1 to 1000");
        assertThat(reject(study("t", design(""), "\"targetSize\": [60, \"many\"]")).reasons())
                .containsExactly("axis.targetSize[1]: \"many\" is not a whole number from 1 to 2000000");
        Outcome.Rejected unknown = reject(study("t", design(", \"experimentId\": \"x\""), "\"targetSize\": [1, 2]"));
        assertThat(unknown.experimentId()).isEqualTo("t");
        assertThat(unknown.reasons()).singleElement().asString().startsWith("design.experimentId: unknown field");
    }

    @Test
    void theAdvicesMarginMustBeAShareOfAccuracyAboveZero() throws Exception {
        for (String margin : new String[]{"0", "-0.01", "0.5"}) {
            String request = new String(study("t", design(""), "\"targetSize\": [60, 600]"), StandardCharsets.UTF_8)
                    .replaceFirst("\\{", "{\"margin\": " + margin + ", ");
            assertThat(reject("key", request).reasons()).singleElement().asString().startsWith("margin: ")
                    .contains("is outside (0, 0.2]");
        }
    }

    @Test
    void levelsMustBeGivenOnceOnOneAxis() throws Exception {
        assertThat(reject(study("t", design(""), "\"targetSize\": [60, null, 600, 60]")).reasons()).containsExactly(
                "axis.targetSize[1]: required: the images of half B to train on at this level",
                "axis.targetSize[3]: '60' is given twice; each level once");
        assertThat(reject(study("t", design(""), "\"targetSize\": [60, -5]")).reasons()).singleElement().asString()
                .startsWith("axis.targetSize[1]: ");
        assertThat(reject(study("t", design(""), "\"targetSize\": [60], \"splits\": []")).reasons())
                .singleElement().asString().startsWith("axis: give exactly one of targetSize");
        assertThat(reject(study("t", design(""), """
                "splits": [{"name": "near", "split": {"randomSeed": 1}}, {"name": "Far!", "split": {"randomSeed": 2}},
                           {"name": "none"}]""")).reasons()).containsExactly(
                "axis.splits[1].name: 'Far!' must match [a-z0-9][a-z0-9-]*", "axis.splits[2].split: required");
    }

    @Test
    void theLevelsSetWhatTheyVaryAndTheirIdsMustFit() throws Exception {
        String budget = design(", \"budget\": {\"trainImagesB\": 100}");
        assertThat(reject(study("t", budget, "\"targetSize\": [60, 600]")).reasons())
                .containsExactly("design.budget.trainImagesB: the size axis sets it per level; leave it out");
        String longId = "s".repeat(60);
        Outcome.Rejected tooLong = reject(study(longId, design(""), "\"targetSize\": [60, 6000]"));
        assertThat(tooLong.experimentId()).isEqualTo(longId);
        assertThat(tooLong.reasons()).containsExactly("studyId: too long: level experiment ids such as '" + longId
                + "-6000' must fit 63 characters");
    }

    @Test
    void aLevelThatCannotBePreparedRejectsTheStudyAndNothingIsKept() throws Exception {
        RequestHandler failing = Handlers.handler(root, accepted, spec -> spec.experimentId().endsWith("-600")
                ? Checked.problem("dataset: mnist: no images of class 7") : Checked.of(Handlers.SHARDS));

        Outcome outcome = failing.handle("key", study("p", design(""), "\"targetSize\": [60, 600]"));

        assertThat(outcome).isEqualTo(Outcome.Rejected.of("p", List.of("design.dataset: mnist: no images of class 7")));
        assertThat(accepted.find("p-60")).isEmpty();
    }

    @Test
    void aLevelIdUsedByAnotherRequestIsNamedAtTheStudyId() throws Exception {
        String location = Files.createDirectories(root.resolve("mnist")).toString();
        assertThat(handler().handle("c-60", bytes("{\"experimentId\": \"c-60\", \"dataset\": {\"name\": \"mnist\", "
                + "\"location\": \"" + location + "\"}}"))).isInstanceOf(Outcome.Accepted.class);

        Outcome outcome = handler().handle("c", study("c", design(""), "\"targetSize\": [60, 600]"));

        assertThat(outcome).isEqualTo(Outcome.Rejected.of("c",
                List.of("studyId: 'c-60' is already used by a different request")));
        assertThat(accepted.find("c-600")).isEmpty();

        // The very experiment of a level, accepted as a plain request, is still not that level.
        assertThat(handler().handle("d-60", bytes("{\"experimentId\": \"d-60\", \"dataset\": {\"name\": \"mnist\", "
                + "\"location\": \"" + location + "\"}, \"depths\": [1], \"budget\": {\"trainImagesB\": 60}}")))
                .isInstanceOf(Outcome.Accepted.class);
        assertThat(handler().handle("d", study("d", design(""), "\"targetSize\": [60, 600]"))).isEqualTo(
                Outcome.Rejected.of("d", List.of("studyId: 'd-60' is already used by a different request")));
    }

    private Outcome.Rejected reject(byte[] request) {
        return reject("key", new String(request, StandardCharsets.UTF_8));
    }

    private Outcome.Rejected reject(String key, String request) {
        Outcome outcome = handler().handle(key, bytes(request));
        assertThat(outcome).isInstanceOf(Outcome.Rejected.class);
        return (Outcome.Rejected) outcome;
    }

    private static byte[] study(String id, String design, String axis) {
        return bytes("{\"studyId\": \"" + id + "\", " + design + ", \"axis\": {" + axis + "}}");
    }

    /** A design on the test's data set, with {@code more} fields. */
    private String design(String more) throws Exception {
        Path data = Files.createDirectories(root.resolve("mnist"));
        return "\"design\": {\"dataset\": {\"name\": \"mnist\", \"location\": \"" + data + "\"}, \"depths\": [1]"
                + more + "}";
    }

    private RequestHandler handler() {
        return Handlers.handler(root, accepted, spec -> Checked.of(Handlers.SHARDS));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
