package io.transferlab.analysis.findings;

import io.transferlab.analysis.Spread;
import io.transferlab.analysis.StudentT;
import io.transferlab.contracts.messaging.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictRuleTest {

    @Test
    void oneSeedIsInconclusiveHoweverLarge() {
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{0.25}));

        assertThat(judgement.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(judgement.reason()).contains("+0.2500 from one seed");
    }

    @Test
    void anEffectWellAboveItsSpreadIsSupported() {
        // mean 0.03, std 0.01, 3 seeds: t = 0.03 / (0.01 / sqrt 3) = 5.20 >= 4.30
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{0.02, 0.03, 0.04}));

        assertThat(judgement.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(judgement.reason()).contains("+0.0300 ± 0.0100 over 3 seeds").contains("|t| = 5.20 >= 4.30");
    }

    @Test
    void theSameEffectWithTwiceTheSpreadIsWithinTheNoise() {
        // std 0.02: t = 2.60 < 4.30
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{0.01, 0.03, 0.05}));

        assertThat(judgement.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(judgement.reason()).contains("within the noise (|t| = 2.60 < 4.30, 95%, 2 df)");
    }

    @Test
    void anOppositeEffectAboveTheNoiseContradicts() {
        VerdictRule.Judgement judgement = VerdictRule.judge(Spread.of(new double[]{-0.05, -0.06, -0.04, -0.05}));

        assertThat(judgement.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(judgement.reason()).contains("opposes the paper's sign");
    }

    @Test
    void identicalSeedsDecideBySignAndZeroIsInconclusive() {
        assertThat(VerdictRule.judge(Spread.of(new double[]{0.01, 0.01})).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(VerdictRule.judge(Spread.of(new double[]{-0.01, -0.01})).verdict())
                .isEqualTo(Verdict.CONTRADICTED);
        assertThat(VerdictRule.judge(Spread.of(new double[]{0, 0})).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    }

    @Test
    void theSameEffectAndSpreadCountOnlyWithEnoughSeeds() {
        // t = 0.02 / (0.02 / sqrt k) = sqrt k: 2.24 < 2.78 at 5 seeds, 3.16 >= 2.26 at 10
        assertThat(VerdictRule.judge(new Spread(0.02, 0.02, 5)).verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(VerdictRule.judge(new Spread(0.02, 0.02, 10)).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void criticalValuesFollowStudentsTable() {
        assertThat(StudentT.critical95(1)).isEqualTo(12.706);
        assertThat(StudentT.critical95(4)).isEqualTo(2.776);
        assertThat(StudentT.critical95(30)).isEqualTo(2.042);
        // exact t(0.975, 60) = 2.0003, t(0.975, 120) = 1.9799
        assertThat(StudentT.critical95(60)).isBetween(1.999, 2.001);
        assertThat(StudentT.critical95(120)).isBetween(1.979, 1.981);
        assertThatThrownBy(() -> StudentT.critical95(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingToJudgeIsAnError() {
        assertThatThrownBy(() -> VerdictRule.judge(Spread.of(new double[0])))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
