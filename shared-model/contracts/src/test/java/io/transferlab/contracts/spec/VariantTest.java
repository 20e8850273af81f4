package io.transferlab.contracts.spec;

import io.transferlab.contracts.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VariantTest {

    @ParameterizedTest
    @CsvSource({
            "BASE_A,   baseA", "BASE_B,   baseB",
            "BNB,      BnB", "BNB_PLUS, BnB+",
            "ANB,      AnB", "ANB_PLUS, AnB+",
            "RNB,      RnB",
            "ANA,      AnA", "ANA_PLUS, AnA+",
            "BNA,      BnA", "BNA_PLUS, BnA+",
            "RNA,      RnA"})
    void labelsAreThePapersNamesAndRoundTripThroughJson(Variant variant, String label) {
        assertThat(variant.label()).isEqualTo(label);
        assertThat(Json.write(variant)).isEqualTo("\"" + label + "\"");
        assertThat(Json.read("\"" + label + "\"", Variant.class)).isEqualTo(variant);
        assertThat(Variant.fromLabel(label)).isEqualTo(variant);
    }

    @Test
    void anbPlusRoundTrips() {
        assertThat(Json.read("\"AnB+\"", Variant.class)).isEqualTo(Variant.ANB_PLUS);
        assertThat(Json.write(Variant.ANB_PLUS)).isEqualTo("\"AnB+\"");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void enumNameAndSlugAreAlsoAccepted(Variant variant) {
        assertThat(Variant.fromLabel(variant.name())).isEqualTo(variant);
        assertThat(Variant.fromLabel(variant.slug())).isEqualTo(variant);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void slugsAreKeySafe(Variant variant) {
        assertThat(variant.slug()).matches("[a-z0-9-]+");
    }

    @Test
    void slugsAreDistinct() {
        assertThat(Arrays.stream(Variant.values()).map(Variant::slug)).doesNotHaveDuplicates();
        assertThat(Variant.ANB_PLUS.slug()).isEqualTo("anb-plus");
        assertThat(Variant.BASE_A.slug()).isEqualTo("basea");
    }

    @Test
    void unknownLabelListsTheKnownLabels() {
        assertThatThrownBy(() -> Variant.fromLabel("CnB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown variant 'CnB' (known: baseA, baseB, BnB, BnB+, AnB, AnB+, RnB, ")
                .hasMessageContaining(", RnA");
    }

    @Test
    void labelsAreCaseSensitive() {
        // "anb" is the slug of AnB, but "ANb" is neither a label, a name nor a slug.
        assertThatThrownBy(() -> Variant.fromLabel("ANb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownLabelInJsonFailsWithTheKnownLabels() {
        assertThatThrownBy(() -> Json.read("\"XnY\"", Variant.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasStackTraceContaining("unknown variant 'XnY'")
                .hasStackTraceContaining("AnB+");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // variant,  target, source, freezesPrefix, fineTuned, base,  control
            "BASE_A,    A,      ,       false,         false,     true,  false",
            "BASE_B,    B,      ,       false,         false,     true,  false",
            "BNB,       B,      B,      true,          false,     false, false",
            "BNB_PLUS,  B,      B,      false,         true,      false, false",
            "ANB,       B,      A,      true,          false,     false, false",
            "ANB_PLUS,  B,      A,      false,         true,      false, false",
            "RNB,       B,      ,       true,          false,     false, true",
            "ANA,       A,      A,      true,          false,     false, false",
            "ANA_PLUS,  A,      A,      false,         true,      false, false",
            "BNA,       A,      B,      true,          false,     false, false",
            "BNA_PLUS,  A,      B,      false,         true,      false, false",
            "RNA,       A,      ,       true,          false,     false, true"})
    void semantics(Variant variant, Half target, Half source, boolean freezesPrefix, boolean fineTuned,
                   boolean base, boolean control) {
        assertThat(variant.target()).isEqualTo(target);
        assertThat(variant.source()).isEqualTo(Optional.ofNullable(source));
        assertThat(variant.freezesPrefix()).isEqualTo(freezesPrefix);
        assertThat(variant.fineTuned()).isEqualTo(fineTuned);
        assertThat(variant.isBase()).isEqualTo(base);
        assertThat(variant.isControl()).isEqualTo(control);
        assertThat(variant.sourceBase()).isEqualTo(Optional.ofNullable(source).map(Variant::base));
    }

    @Test
    void baseOfEachHalf() {
        assertThat(Variant.base(Half.A)).isEqualTo(Variant.BASE_A);
        assertThat(Variant.base(Half.B)).isEqualTo(Variant.BASE_B);
        assertThat(Variant.ANB.sourceBase()).contains(Variant.BASE_A);
        assertThat(Variant.BNA_PLUS.sourceBase()).contains(Variant.BASE_B);
        assertThat(Variant.RNB.sourceBase()).isEmpty();
        assertThat(Variant.BASE_B.sourceBase()).isEmpty();
    }

    @Test
    void everyNonBaseVariantHasAFineTunedOrFrozenPrefixButNotBoth() {
        for (Variant v : Variant.values()) {
            if (!v.isBase()) {
                assertThat(v.freezesPrefix()).as(v.label()).isNotEqualTo(v.fineTuned());
            }
        }
    }

    /**
     * Pinned: a variant's salt feeds its seeds, so changing one would change that variant's results. A new variant
     * gets the next free number here and in its constant.
     */
    private static final Map<Variant, Integer> SALTS = Map.ofEntries(Map.entry(Variant.BASE_A, 1),
            Map.entry(Variant.BASE_B, 2), Map.entry(Variant.BNB, 3), Map.entry(Variant.BNB_PLUS, 4),
            Map.entry(Variant.ANB, 5), Map.entry(Variant.ANB_PLUS, 6), Map.entry(Variant.RNB, 7),
            Map.entry(Variant.ANA, 8), Map.entry(Variant.ANA_PLUS, 9), Map.entry(Variant.BNA, 10),
            Map.entry(Variant.BNA_PLUS, 11), Map.entry(Variant.RNA, 12));

    @ParameterizedTest
    @EnumSource(Variant.class)
    void everySaltIsPinned(Variant variant) {
        assertThat(SALTS).as("pin %s's salt in SALTS", variant).containsKey(variant);
        assertThat(variant.salt()).isEqualTo(SALTS.get(variant));
    }

    @Test
    void saltsAreDistinct() {
        assertThat(Arrays.stream(Variant.values()).map(Variant::salt)).doesNotHaveDuplicates();
    }
}
