package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.analysis.Score;
import io.transferlab.contracts.messaging.Finding;
import io.transferlab.contracts.messaging.Verdict;
import io.transferlab.contracts.spec.StudyAxis;
import io.transferlab.contracts.spec.Variant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The study finding on hand-made levels whose answers are known. */
class StudyFindingsTest {

    @Test
    void theSizeFindingIsTheSlopeOverEveryLevelNotTheEnds() {
        // AnB+ gains 3, 2 and 1 points at 60, 600 and 6,000 images: one point per tenfold fewer images.
        Random random = new Random(1);
        List<StudyLevel> levels = List.of(level("6000", 6000, 0.01, 4, random), level("60", 60, 0.03, 4, random),
                level("600", 600, 0.02, 4, random));

        Finding finding = StudyFindings.of(StudyAxis.TARGET_SIZE, levels, Metric.BEST_VALIDATION);

        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(finding.measures().get(0).mean()).isCloseTo(0.01, Offset.offset(0.002));
        assertThat(finding.measures().get(0).definition()).contains("over the 3 levels");
        assertThat(finding.measures()).hasSize(1 + 3);
    }

    @Test
    void oneMissingNetTakesOutItsDepthForEverySeedNotItsSeed() {
        Random random = new Random(2);
        StudyLevel small = level("60", 60, 0.03, 4, random);
        List<Score> holed = new ArrayList<>(small.scores());
        holed.replaceAll(s -> s.variant() == Variant.ANB_PLUS && s.depth() == 3 && s.seed() == 2
                ? new Score(s.variant(), s.depth(), s.seed(), Double.NaN, Double.NaN) : s);
        List<StudyLevel> levels = List.of(new StudyLevel("60", 60, holed), level("6000", 6000, 0.01, 4, random));

        Finding finding = StudyFindings.of(StudyAxis.TARGET_SIZE, levels, Metric.BEST_VALIDATION);

        assertThat(finding.measures().get(0).seeds()).isEqualTo(4);
        assertThat(finding.measures().get(0).definition()).contains("n = 1, 2, 4, 5, 6, 7 of (AnB+ - baseB)");
    }

    @Test
    void theSplitFindingIsWordedAsAboutTheseSplits() {
        Random random = new Random(3);
        Finding finding = StudyFindings.of(StudyAxis.SPLIT, List.of(level("random", 0, 0, 3, random),
                level("dissimilar", 1, 0, 3, random)), Metric.BEST_VALIDATION);

        assertThat(finding.claim()).contains("these splits");
        assertThat(finding.measures().get(0).definition()).startsWith("[mean over n = 4, 5, 6, 7 of (AnB - baseB)]");
    }

    /** A level whose AnB+ gains {@code gain} over baseB at every n, AnB nothing; noise sd 0.002 per net. */
    private static StudyLevel level(String label, double value, double gain, int seeds, Random random) {
        return SimulatedLevels.level(label, value, (variant, n) -> variant == Variant.ANB_PLUS ? gain : 0, seeds,
                0.002, random);
    }
}
