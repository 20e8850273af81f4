package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.PaperFigure2;
import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.messaging.TransferGain;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Gains and the study measure on tables whose answer is known by hand. */
class TransferGainsTest {

    @Test
    void aGainIsPairedWithinEachSeedSoTheSeedsOwnLuckCancels() {
        List<Score> scores = new ArrayList<>();
        double[] luck = {0.0, 0.05, -0.03};
        for (int seed = 1; seed <= 3; seed++) {
            double base = 0.80 + luck[seed - 1];
            scores.add(new Score(Variant.BASE_B, 0, seed, base, base));
            scores.add(new Score(Variant.ANB_PLUS, 2, seed, base + 0.01 * seed, base + 0.01 * seed));
        }

        List<TransferGain> gains = TransferGains.of(List.of(new StudyLevel("600", 600, scores)),
                Metric.BEST_VALIDATION);

        assertThat(gains).hasSize(1);
        TransferGain gain = gains.get(0);
        assertThat(gain.variant()).isEqualTo(Variant.ANB_PLUS);
        assertThat(gain.depth()).isEqualTo(2);
        assertThat(gain.mean()).isCloseTo(0.02, within(1e-12));
        // gains 0.01, 0.02, 0.03: sd 0.01, t(0.975, 2) = 4.302653
        assertThat(gain.ciHigh() - gain.mean()).isCloseTo(4.302653 * 0.01 / Math.sqrt(3), within(1e-8));
        assertThat(gain.seeds()).isEqualTo(3);
    }

    @Test
    void thePapersOwnSplitsGiveThePapersDistanceEffect() {
        // Section 4.2: frozen AnB over n = 4..7 loses 0.050 on a random split and 0.156 on the dissimilar one.
        Finding finding = StudyFindings.of(StudyAxis.SPLIT, List.of(
                new StudyLevel("dissimilar", 1, PaperFigure2.dissimilarScores()),
                new StudyLevel("random", 0, PaperFigure2.scores())), Metric.BEST_VALIDATION);

        assertThat(finding.measures().get(0).mean()).isCloseTo(0.1064, within(1e-4));
        assertThat(finding.measures().get(0).paper()).isCloseTo(0.1064, within(1e-4));
        assertThat(finding.measures().get(0).definition()).contains("n = 4, 5, 6, 7").contains("at random - at dissimilar");
        assertThat(finding.reason()).contains("one seed");
    }
}
