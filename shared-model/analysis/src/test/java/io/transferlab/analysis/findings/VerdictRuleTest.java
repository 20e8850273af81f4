package io.transferlab.analysis.findings;

import io.transferlab.analysis.Power;
import io.transferlab.analysis.Spread;
import io.transferlab.analysis.TTestOracle;
import io.transferlab.contracts.messaging.Verdict;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictRuleTest {

    private static final double CONTINUOUS = 0;

    @Test
    void oneSeedIsNotTestableHoweverLarge() {
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{0.25}), CONTINUOUS);

        assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_TESTABLE);
        assertThat(judgement.reason()).contains("+0.2500 from one seed");
        assertThat(judgement.p()).isNaN();
    }

    @Test
    void anEffectWellAboveItsSpreadIsSupportedWithHipparchussP() {
        // mean 0.03, std 0.01, 3 seeds: t = 0.03 / (0.01 / sqrt 3) = 5.20 >= 4.30
        double[] values = {0.02, 0.03, 0.04};
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(values), CONTINUOUS);

        assertThat(judgement.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(judgement.reason()).contains("+0.0300 ± 0.0100 over 3 seeds").contains("|t| = 5.20 >= 4.30");
        assertThat(judgement.p()).isCloseTo(TTestOracle.p(values), Offset.offset(1e-9));
    }

    @Test
    void theSameEffectWithTwiceTheSpreadIsWithinTheNoiseAndSaysWhatItWouldHaveFound() {
        // std 0.02: t = 2.60 < 4.30
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{0.01, 0.03, 0.05}), CONTINUOUS);

        assertThat(judgement.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(judgement.reason()).contains("within the noise (|t| = 2.60 < 4.30");
        assertThat(judgement.mde()).isCloseTo(Power.minimumDetectable(0.02, 3, 0.05, 0.8), Offset.offset(1e-12));
        assertThat(judgement.reason()).contains(String.format(java.util.Locale.ROOT, "%.4f", judgement.mde()));
    }

    @Test
    void anOppositeEffectAboveTheNoiseContradicts() {
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{-0.05, -0.06, -0.04, -0.05}),
                CONTINUOUS);

        assertThat(judgement.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(judgement.reason()).contains("opposes the paper's sign");
    }

    @Test
    void identicalSeedsAreNotTestableNeverCertain() {
        for (double value : new double[]{0.01, -0.01, 0}) {
            VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{value, value, value}),
                    CONTINUOUS);
            assertThat(judgement.verdict()).isEqualTo(Verdict.NOT_TESTABLE);
            assertThat(judgement.reason()).contains("every one of the 3 seeds gave");
            assertThat(judgement.p()).isNaN();
        }
    }

    @Test
    void aSpreadBelowOneStepOfTheAccuracyGridIsNotTestable() {
        // Scores on 500 images: one image is 0.002. Seeds that differ by one image on one seed out of four have a
        // t of 5 (p = 0.015) that says nothing about seed-to-seed noise.
        double[] values = {0.002, 0.002, 0.002, 0.004};
        assertThat(VerdictRule.judge(Spread.of(values), 0.002).verdict()).isEqualTo(Verdict.NOT_TESTABLE);
        assertThat(VerdictRule.judge(Spread.of(values), 0.002).reason()).contains("one step of the accuracies' grid");
        // the same values as continuous numbers would have been called
        assertThat(VerdictRule.judge(Spread.of(values), CONTINUOUS).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void theSameEffectAndSpreadCountOnlyWithEnoughSeeds() {
        // t = 0.02 / (0.02 / sqrt k) = sqrt k: 2.24 < 2.78 at 5 seeds, 3.16 >= 2.26 at 10
        assertThat(VerdictRule.judge(new Spread(0.02, 0.02, 5), CONTINUOUS).verdict())
                .isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(VerdictRule.judge(new Spread(0.02, 0.02, 10), CONTINUOUS).verdict())
                .isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void theMinimumDetectableEffectIsFoundWithEightyPercentPowerBySimulation() {
        for (int seeds : new int[]{2, 3, 4, 8}) {
            double mde = Power.minimumDetectable(0.01, seeds, 0.05, 0.8);
            double simulated = TTestOracle.power(mde, 0.01, seeds, 0.05, new Random(seeds));
            // 4,000 trials: a standard error of 0.006
            assertThat(simulated).as("%d seeds, effect %.4f", seeds, mde).isCloseTo(0.8, Offset.offset(0.02));
        }
        assertThat(Power.minimumDetectable(0.01, 1, 0.05, 0.8)).isNaN();
        assertThat(Power.minimumDetectable(0, 4, 0.05, 0.8)).isNaN();
    }

    @Test
    void nothingMeasuredIsNotTestable() {
        assertThat(VerdictRule.judge(Spread.of(new double[0]), CONTINUOUS).verdict())
                .isEqualTo(Verdict.NOT_TESTABLE);
    }
}
