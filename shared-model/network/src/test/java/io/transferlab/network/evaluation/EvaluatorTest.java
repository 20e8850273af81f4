package io.transferlab.network.evaluation;

import io.transferlab.contracts.messaging.EvaluationReport;
import io.transferlab.network.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTest {

    @Test
    void reportIsConsistentAndATrainedNetBeatsChance() {
        Fixtures.Trained trained = Fixtures.trainCompact8(40);

        EvaluationReport report = Evaluator.evaluate(trained.net(), trained.test());

        assertThat(report.images()).isEqualTo(60);
        assertThat(report.confusion()).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(3));
        int total = report.confusion().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
        int diagonal = report.confusion().get(0).get(0) + report.confusion().get(1).get(1)
                + report.confusion().get(2).get(2);
        assertThat(total).isEqualTo(60);
        assertThat(report.accuracy()).isCloseTo(diagonal / 60.0, within(1e-12));
        for (int c = 0; c < 3; c++) {
            assertThat(report.perClassAccuracy().get(c))
                    .isCloseTo(report.confusion().get(c).get(c) / 20.0, within(1e-12));
        }
        assertThat(report.loss()).isPositive().isFinite();
        assertThat(report.accuracy()).isGreaterThan(0.6);
    }
}
