package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.messaging.LevelAdvice;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The advice on simulated levels whose best and cheapest choices are known. */
class AdviceTest {

    private static final int TABLES = 200;

    @Test
    void aClearlyBestChoiceIsFoundAndNothingWorseIsCalledEquivalent() {
        // AnB+ at n = 3 is 3 points above every other choice, which all equal baseB.
        SimulatedLevels.Offsets offsets = (variant, n) -> variant == Variant.ANB_PLUS && n == 3 ? 0.03 : 0;
        Random random = new Random(1);
        int found = 0;
        int cheapestIsBest = 0;
        for (int t = 0; t < TABLES; t++) {
            LevelAdvice advice = Advice.of(SimulatedLevels.level("600", 600, offsets, 5, 0.005, random),
                    Metric.BEST_VALIDATION);
            if (advice.best().variant() == Variant.ANB_PLUS && advice.best().depth() == 3) {
                found++;
            }
            if (advice.cheapest().equals(advice.best())) {
                cheapestIsBest++;
            }
        }
        assertThat(found).as("best found").isGreaterThanOrEqualTo(TABLES * 98 / 100);
        assertThat(cheapestIsBest).as("3 points at noise 0.005 is never within the noise")
                .isGreaterThanOrEqualTo(TABLES * 95 / 100);
    }

    @Test
    void whenFrozenTransferIsAsGoodTheCheapestFreezesMostLayers() {
        // Every choice is as good as every other: freezing all seven layers costs nothing in accuracy.
        Random random = new Random(2);
        int sevenFrozen = 0;
        for (int t = 0; t < TABLES; t++) {
            LevelAdvice advice = Advice.of(SimulatedLevels.level("6000", 6000, (variant, n) -> 0, 5, 0.005, random),
                    Metric.BEST_VALIDATION);
            if (advice.cheapest().variant() == Variant.ANB && advice.cheapest().frozenLayers() == 7) {
                sevenFrozen++;
            }
            assertThat(advice.cheapest().frozenLayers()).isGreaterThanOrEqualTo(advice.best().frozenLayers());
        }
        // Each comparison with the best is within the noise in about 95% of tables.
        assertThat(sevenFrozen).isGreaterThanOrEqualTo(TABLES * 85 / 100);
    }

    @Test
    void oneSeedGivesTheBestAndSaysNothingIsKnownToBeAsGood() {
        LevelAdvice advice = Advice.of(SimulatedLevels.level("60", 60, SimulatedLevels.PAPER, 1, 0.005,
                new Random(3)), Metric.BEST_VALIDATION);

        assertThat(advice.cheapest()).isEqualTo(advice.best());
        assertThat(advice.best().ciLow()).isNull();
        assertThat(advice.reason()).contains("one seed");
    }

    @Test
    void aLevelWithoutTheTargetsNetsHasNoAdvice() {
        LevelAdvice advice = Advice.of(new StudyLevel("empty", 1, List.of()), Metric.BEST_VALIDATION);

        assertThat(advice.best()).isNull();
        assertThat(advice.reason()).startsWith("no advice");
    }
}
