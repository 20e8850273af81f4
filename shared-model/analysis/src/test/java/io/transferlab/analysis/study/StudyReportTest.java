package io.transferlab.analysis.study;

import io.transferlab.analysis.Metric;
import io.transferlab.contracts.spec.StudyRequest;
import io.transferlab.contracts.messaging.StudyLevelResult;
import io.transferlab.contracts.spec.StudyAxis;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class StudyReportTest {

    @Test
    void theReportHasEveryLevelsGainsTheFindingAndTheAdvice() {
        Random random = new Random(4);
        List<StudyLevel> levels = List.of(
                SimulatedLevels.level("60", 60, (variant, n) -> 0.05, 3, 0.002, random),
                SimulatedLevels.level("6000", 6000, (variant, n) -> 0.0, 3, 0.002, random));

        List<StudyLevelResult> experiments = levels.stream()
                .map(level -> new StudyLevelResult(level.label(), level.value(), "sz-" + level.label(), "digest"))
                .toList();

        String text = StudyReport.text(StudyResults.of("sz", StudyAxis.TARGET_SIZE, experiments, levels,
                List.of(List.of(), List.of()), Metric.BEST_VALIDATION, StudyRequest.DEFAULT_MARGIN, 0));

        assertThat(text).contains("study sz: target-set size").contains("finding small-target: SUPPORTED")
                .contains("deciding gain per tenfold fewer images").contains("advice");
        assertThat(text.lines().filter(line -> line.startsWith("  60 ") || line.startsWith("  6000 ")))
                .hasSize(14 + 2); // 7 depths per level, then one advice line per level
        assertThat(text).containsPattern("  60 +1 +\\+0\\.05\\d\\d \\[");
    }
}
