package io.transferlab.contracts.json;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.transferlab.contracts.messaging.RequestRejected;
import io.transferlab.contracts.spec.Dataset;
import io.transferlab.contracts.spec.EvaluationSettings;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.ImageLimit;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.ResolvedDataset;
import io.transferlab.contracts.spec.ResolvedSpec;
import io.transferlab.contracts.spec.Specs;
import io.transferlab.contracts.spec.SplitSpec;
import io.transferlab.contracts.spec.TrainingBudget;
import io.transferlab.contracts.spec.TrainingLength;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.UncheckedIOException;
import java.util.List;

import static io.transferlab.contracts.spec.Specs.budget;
import static io.transferlab.contracts.spec.Specs.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    private static ExperimentSpec full() {
        return spec()
                .experimentId("dissimilar-3")
                .dataset("cifar100", "s3://transfer-data/cifar100")
                .split(new SplitSpec(List.of(5, 1, 3), List.of(0, 2, 4), 9L, null, null, 0.25, null))
                .architecture("caffenet8")
                .depths(7, 1, 4)
                .variants(Variant.ANB_PLUS, Variant.BASE_B, Variant.RNA)
                .seeds(0L, 9_000_000_000L)
                .profile("paper")
                .budget(TrainingBudget.builder().epochs(3).batchSize(128).learningRate(0.02).lrDecay(0.5)
                        .lrStepIterations(1000).momentum(0.8).weightDecay(1e-4).dropout(0.25)
                        .trainImagesPerHalf(5000).checkpointEvery(10).build())
                .evaluation(new EvaluationSettings(20, 5, 100, 200))
                .build();
    }

    private static <T> T roundTrip(T value, Class<T> type) {
        return Json.read(Json.write(value), type);
    }

    @Test
    void aFieldGivenTwiceIsRefusedInEveryMessageNotResolvedByLastWins() {
        String event = Json.write(new RequestRejected("e1", "e1", List.of("r"), 1L));
        String twice = event.replace("{", "{\"experimentId\":\"other\",");

        assertThatThrownBy(() -> Json.read(twice, RequestRejected.class))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("Duplicate field 'experimentId'");
        assertThatThrownBy(() -> Json.MAPPER.readTree("{\"a\": {\"b\": 1, \"b\": 2}}"))
                .hasMessageContaining("Duplicate field 'b'");
    }

    @Test
    void topLevelTextIsTheFirstOccurrenceAndSurvivesMalformedJsonAfterIt() {
        assertThat(Json.topLevelText("{\"experimentId\": \"first\", \"experimentId\": \"second\"}",
                "experimentId")).contains("first");
        assertThat(Json.topLevelText("{\"experimentId\": \"e1\", \"depths\": [1,, 2]}", "experimentId"))
                .contains("e1");
        assertThat(Json.topLevelText("{\"nested\": {\"experimentId\": \"inner\"}}", "experimentId")).isEmpty();
        assertThat(Json.topLevelText("[\"experimentId\"]", "experimentId")).isEmpty();
    }

    @Test
    void minimalSpecRoundTrips() {
        ExperimentSpec spec = Specs.minimal();
        assertThat(roundTrip(spec, ExperimentSpec.class)).isEqualTo(spec);
    }

    @Test
    void fullyPopulatedSpecRoundTrips() {
        ExperimentSpec spec = full();
        assertThat(roundTrip(spec, ExperimentSpec.class)).isEqualTo(spec);
    }

    @Test
    void resolvedSpecsRoundTrip() {
        // Resolved specs always carry a split; they travel between services as JSON.
        for (ResolvedSpec spec : List.of(Specs.minimal().resolve(), full().resolve())) {
            assertThat(roundTrip(spec, ResolvedSpec.class)).isEqualTo(spec);
        }
    }

    @Test
    void splitRoundTripsAndWritesOnlyItsFields() {
        SplitSpec random = new SplitSpec(null, null, 4L, 3, 3, null, null);
        SplitSpec explicit = SplitSpec.explicit(List.of(0, 1), List.of(2, 3));

        assertThat(Json.write(random)).isEqualTo("{\"randomSeed\":4,\"sizeA\":3,\"sizeB\":3}");
        assertThat(Json.write(explicit)).isEqualTo("{\"classesA\":[0,1],\"classesB\":[2,3]}");
        assertThat(roundTrip(random, SplitSpec.class)).isEqualTo(random);
        assertThat(roundTrip(explicit, SplitSpec.class)).isEqualTo(explicit);
    }

    @Test
    void handWrittenRequestIsRead() {
        String json = """
                {"experimentId": "exp1", "dataset": {"name": "fashion-mnist"},
                 "variants": ["AnB+", "baseA", "RnB"], "depths": [3], "seeds": [2],
                 "budget": {"epochs": 2}}""";

        ExperimentSpec expected = spec().variants(Variant.ANB_PLUS, Variant.BASE_A, Variant.RNB).depths(3)
                .seeds(2L).budget(budget().epochs(2)).build();
        assertThat(Json.read(json, ExperimentSpec.class)).isEqualTo(expected);
    }

    @Test
    void nullFieldsAreLeftOutAndPropertiesAreSorted() {
        String json = Json.write(Specs.minimal());

        assertThat(json).isEqualTo("{\"dataset\":{\"name\":\"fashion-mnist\"},\"experimentId\":\"exp1\"}");
    }

    @Test
    void variantsAreWrittenWithThePapersLabels() {
        String json = Json.write(spec().variants(Variant.ANB_PLUS, Variant.BASE_A).build());
        assertThat(json).contains("\"variants\":[\"AnB+\",\"baseA\"]");
    }

    @Test
    void unknownFieldInsideBudgetFails() {
        String json = """
                {"experimentId": "exp1", "dataset": {"name": "fashion-mnist"}, "budget": {"epoch": 5}}""";

        assertThatThrownBy(() -> Json.read(json, ExperimentSpec.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("\"epoch\"");
    }

    @Test
    void unknownTopLevelFieldFails() {
        String json = """
                {"experimentId": "exp1", "dataset": {"name": "fashion-mnist"}, "seed": 3}""";

        assertThatThrownBy(() -> Json.read(json, ExperimentSpec.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(UnrecognizedPropertyException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"budget\": {\"epochs\": \"5\"}",
            "\"budget\": {\"learningRate\": \"0.01\"}",
            "\"depths\": [\"3\"]",
            "\"seeds\": [\"1\"]"})
    void stringWhereANumberIsExpectedFails(String field) {
        String json = "{\"experimentId\": \"exp1\", \"dataset\": {\"name\": \"fashion-mnist\"}, " + field + "}";

        assertThatThrownBy(() -> Json.read(json, ExperimentSpec.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(MismatchedInputException.class);
    }

    @Test
    void trailingTokensFail() {
        String json = "{\"experimentId\": \"exp1\", \"dataset\": {\"name\": \"fashion-mnist\"}} {}";

        assertThatThrownBy(() -> Json.read(json, ExperimentSpec.class)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void malformedJsonFails() {
        assertThatThrownBy(() -> Json.read("{\"experimentId\": ", ExperimentSpec.class))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void digestIsEqualForEqualSpecs() {
        String digest = Json.digest(full());

        assertThat(digest).matches("[0-9a-f]{64}");
        assertThat(Json.digest(full())).isEqualTo(digest);
        assertThat(Json.digest(roundTrip(full(), ExperimentSpec.class))).isEqualTo(digest);
        assertThat(Json.digest(Specs.minimal().resolve())).isEqualTo(Json.digest(Specs.minimal().resolve()));
    }

    @Test
    void digestIsOfTheCanonicalJson() throws Exception {
        ExperimentSpec spec = Specs.minimal();
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                .digest(Json.write(spec).getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(Json.digest(spec)).isEqualTo(java.util.HexFormat.of().formatHex(hash));
    }

    @Test
    void digestChangesWhenOneFieldChanges() {
        ResolvedSpec base = Specs.minimal().resolve();
        String digest = Json.digest(base);

        ResolvedSpec otherRate = new ResolvedSpec(base.experimentId(), base.dataset(), base.split(),
                base.architecture(), base.depths(), base.variants(), base.seeds(), base.profile(),
                new ResolvedBudget(TrainingLength.iterations(150), 64, 0.02, 0.1, 100_000, 0.9, 5e-4, 0.5,
                        ImageLimit.atMost(6000), 50, ImageLimit.ALL), base.evaluation());
        ResolvedSpec otherSeeds = new ResolvedSpec(base.experimentId(), base.dataset(), base.split(),
                base.architecture(), base.depths(), base.variants(), List.of(2L), base.profile(), base.budget(),
                base.evaluation());
        ResolvedSpec otherLocation = new ResolvedSpec(base.experimentId(),
                new ResolvedDataset(Dataset.FASHION_MNIST, "/d"),
                base.split(), base.architecture(), base.depths(), base.variants(), base.seeds(), base.profile(),
                base.budget(), base.evaluation());
        ResolvedSpec otherDepthOrder = new ResolvedSpec(base.experimentId(), base.dataset(), base.split(),
                base.architecture(), List.of(7, 6, 5, 4, 3, 2, 1), base.variants(), base.seeds(), base.profile(),
                base.budget(), base.evaluation());

        assertThat(otherRate).isNotEqualTo(base);
        assertThat(List.of(otherRate, otherSeeds, otherLocation, otherDepthOrder))
                .extracting(Json::digest).doesNotContain(digest).doesNotHaveDuplicates();
        assertThat(Json.digest(Specs.minimal())).isNotEqualTo(digest);
    }
}
