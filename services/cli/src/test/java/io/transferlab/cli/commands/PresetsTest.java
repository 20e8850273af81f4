package io.transferlab.cli.commands;

import io.transferlab.contracts.json.Json;
import io.transferlab.contracts.spec.DataDraw;
import io.transferlab.contracts.spec.ExperimentSpec;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.validation.SpecValidator;
import io.transferlab.contracts.validation.ValidationBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PresetsTest {

    private static final Path DIR = Path.of("src/main/resources/presets");

    private static ExperimentSpec preset(String name) {
        RequestSource source = new RequestSource();
        source.preset = name;
        return Json.read(source.read(), ExperimentSpec.class);
    }

    @Test
    void theListedPresetsAreTheBundledFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")))
                    .containsExactlyInAnyOrderElementsOf(List.of(RequestSource.PRESETS.split(", ")));
        }
    }

    /** The paper preset plans more nets than the default bounds allow: it is meant for a cluster configured for it. */
    @ParameterizedTest
    @ValueSource(strings = {"default", "quick", "dissimilar", "calibrate"})
    void experimentPresetsAreValidRequests(String name) {
        assertThat(new SpecValidator(ValidationBounds.DEFAULT).validate(preset(name))).isEmpty();
    }

    @Test
    void thePaperPresetDrawsItsDataOnceForAllSeeds() {
        assertThat(preset("paper").split().draw()).isEqualTo(DataDraw.FIXED);
    }

    @Test
    void theCalibrationRunsTheDefaultsSettingsOnPairedSeeds() {
        ExperimentSpec calibrate = preset("calibrate");
        ExperimentSpec standard = preset("default");
        assertThat(calibrate.split().draw()).isEqualTo(DataDraw.PAIRED_SEEDS);
        assertThat(calibrate.variants()).containsExactly(Variant.BASE_A, Variant.BASE_B, Variant.BNB, Variant.ANB,
                Variant.RNB);
        // whole groups of as many seed pairs as the default run has seeds: every pair is in a test
        assertThat(calibrate.seeds().size() % (2 * standard.seeds().size())).isZero();
        assertThat(calibrate.dataset()).isEqualTo(standard.dataset());
        assertThat(calibrate.profile()).isEqualTo(standard.profile());
        assertThat(calibrate.budget()).isEqualTo(standard.budget());
        assertThat(calibrate.evaluation()).isEqualTo(standard.evaluation());
        assertThat(calibrate.resolve().split().classesA()).isEqualTo(standard.resolve().split().classesA());
        assertThat(calibrate.resolve().split().randomSeed()).isEqualTo(standard.resolve().split().randomSeed());
    }
}
