package io.transferlab.contracts.spec;

import io.transferlab.contracts.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDrawTest {

    @ParameterizedTest
    @CsvSource({"PER_SEED, per-seed", "FIXED, fixed", "PAIRED_SEEDS, paired-seeds"})
    void jsonValues(DataDraw draw, String label) {
        assertThat(Json.write(draw)).isEqualTo("\"" + label + "\"");
        assertThat(Json.read("\"" + label + "\"", DataDraw.class)).isEqualTo(draw);
    }

    @Test
    void anUnknownDrawNamesTheKnownOnes() {
        assertThatThrownBy(() -> DataDraw.fromLabel("per-net"))
                .hasMessage("unknown data draw 'per-net' (known: per-seed, fixed, paired-seeds)");
    }

    @ParameterizedTest
    @CsvSource({
            // draw,       sweep seed, split seed, data seed
            "PER_SEED,     1,          9,          1",
            "PER_SEED,     4,          9,          4",
            "FIXED,        1,          9,          9",
            "FIXED,        4,          9,          9",
            "PAIRED_SEEDS, 1,          9,          1",
            "PAIRED_SEEDS, 2,          9,          1",
            "PAIRED_SEEDS, 3,          9,          2",
            "PAIRED_SEEDS, 4,          9,          2"})
    void dataSeeds(DataDraw draw, long seed, long splitSeed, long dataSeed) {
        assertThat(draw.dataSeed(seed, splitSeed)).isEqualTo(dataSeed);
    }

    @Test
    void pairedSeedsNameTheSeedsWithoutTheirPartner() {
        assertThat(DataDraw.PAIRED_SEEDS.unpaired(List.of(1L, 2L, 3L, 4L))).isEmpty();
        assertThat(DataDraw.PAIRED_SEEDS.unpaired(List.of(1L, 2L, 3L, 6L, 0L))).containsExactly(3L, 6L, 0L);
        assertThat(DataDraw.PAIRED_SEEDS.unpaired(List.of(2L, 3L))).containsExactly(2L, 3L);
        assertThat(DataDraw.PER_SEED.unpaired(List.of(3L))).isEmpty();
    }

    @Test
    void eachDrawSaysWhatItsIntervalsCover() {
        assertThat(DataDraw.PER_SEED.variance()).startsWith("weight initialisation, batch order and the draw of");
        assertThat(DataDraw.FIXED.variance()).startsWith("weight initialisation and batch order only; not the data");
        assertThat(DataDraw.PAIRED_SEEDS.variance()).contains("within a pair of seeds");
    }

    @Test
    void aRequestWithoutADrawDrawsPerSeedAndOneWithADrawKeepsIt() {
        assertThat(Specs.minimal().resolve().split().draw()).isEqualTo(DataDraw.PER_SEED);
        SplitSpec fixed = new SplitSpec(null, null, 3L, null, null, null, DataDraw.FIXED);
        assertThat(fixed.resolve().draw()).isEqualTo(DataDraw.FIXED);
        assertThat(Json.read("{\"randomSeed\": 3}", SplitSpec.class).resolve().draw()).isEqualTo(DataDraw.PER_SEED);
    }
}
