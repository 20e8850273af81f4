package io.transferlab.analysis;

import io.transferlab.contracts.messaging.MetricSummary;
import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class Figure2TableTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-12);

    @Test
    void meanAndSampleStandardDeviationOverSeeds() {
        List<ResultCell> cells = Figure2Table.cells(List.of(
                new Score(Variant.BASE_B, 0, 1, 0.80, 0.70),
                new Score(Variant.BASE_B, 0, 2, 0.85, 0.80),
                new Score(Variant.BASE_B, 0, 3, 0.90, 0.90)));

        assertThat(cells).hasSize(1);
        ResultCell cell = cells.get(0);
        assertThat(cell.variant()).isEqualTo(Variant.BASE_B);
        assertThat(cell.depth()).isZero();
        assertThat(cell.count()).isEqualTo(3);
        assertThat(Metric.TEST.of(cell).mean()).isCloseTo(0.85, EXACT);
        // squares 0.0025 + 0 + 0.0025 over n - 1 = 2: variance 0.0025, not 0.00167 (the population formula)
        assertThat(Metric.TEST.of(cell).std()).isCloseTo(0.05, EXACT);
        assertThat(Metric.BEST_VALIDATION.of(cell).mean()).isCloseTo(0.80, EXACT);
        assertThat(Metric.BEST_VALIDATION.of(cell).std()).isCloseTo(0.10, EXACT);
    }

    @Test
    void eachMetricCarriesItsIntervalPrimaryFirst() {
        ResultCell cell = Figure2Table.cells(List.of(
                new Score(Variant.BASE_B, 0, 1, 0.80, 0.70),
                new Score(Variant.BASE_B, 0, 2, 0.85, 0.80),
                new Score(Variant.BASE_B, 0, 3, 0.90, 0.90))).get(0);

        assertThat(cell.metrics()).extracting(MetricSummary::metric).startsWith("bestValidation")
                .containsExactlyElementsOf(Metric.reported().stream().map(Metric::key).toList());
        // t(0.975, 2) = 4.302653 (tables); half = t * 0.05 / sqrt(3)
        MetricSummary test = Metric.TEST.of(cell);
        assertThat(test.ciLow()).isCloseTo(0.85 - 4.302653 * 0.05 / Math.sqrt(3), Offset.offset(1e-6));
        assertThat(test.ciHigh()).isCloseTo(0.85 + 4.302653 * 0.05 / Math.sqrt(3), Offset.offset(1e-6));
        assertThat(test.count()).isEqualTo(3);
    }

    @Test
    void aNonFiniteScoreIsLeftOutOfItsMetricOnly() {
        ResultCell cell = Figure2Table.cells(List.of(
                new Score(Variant.ANB, 3, 1, 0.80, Double.NaN),
                new Score(Variant.ANB, 3, 2, 0.90, 0.70),
                new Score(Variant.ANB, 3, 3, 0.85, 0.90))).get(0);

        assertThat(cell.count()).isEqualTo(3);
        assertThat(Metric.TEST.of(cell).mean()).isCloseTo(0.85, EXACT);
        assertThat(Metric.BEST_VALIDATION.of(cell).mean()).isCloseTo(0.80, EXACT);
        assertThat(Metric.BEST_VALIDATION.of(cell).std()).isCloseTo(Math.sqrt(0.02), EXACT);
        ResultCell none = Figure2Table.cells(List.of(new Score(Variant.ANB, 3, 1, 0.8, Double.NaN))).get(0);
        assertThat(Metric.BEST_VALIDATION.of(none).mean()).isNaN();
        assertThat(Metric.BEST_VALIDATION.of(none).count()).isZero();
    }

    @Test
    void oneSeedHasNoSpread() {
        ResultCell cell = Figure2Table.cells(List.of(new Score(Variant.ANB, 3, 1, 0.77, 0.75))).get(0);

        assertThat(cell.count()).isEqualTo(1);
        assertThat(Metric.TEST.of(cell).mean()).isEqualTo(0.77);
        assertThat(Metric.TEST.of(cell).std()).isZero();
        assertThat(Metric.BEST_VALIDATION.of(cell).mean()).isEqualTo(0.75);
        assertThat(Metric.BEST_VALIDATION.of(cell).std()).isZero();
        assertThat(Metric.TEST.of(cell).ciLow()).as("no interval from one net").isNull();
        assertThat(Metric.TEST.of(cell).halfWidth()).isZero();
    }

    @Test
    void cellsFollowThePapersVariantOrderThenDepth() {
        List<ResultCell> cells = Figure2Table.cells(List.of(
                new Score(Variant.ANB_PLUS, 2, 1, 0.5, 0.5),
                new Score(Variant.ANB, 2, 1, 0.5, 0.5),
                new Score(Variant.BASE_B, 0, 1, 0.5, 0.5),
                new Score(Variant.ANB, 1, 1, 0.5, 0.5),
                new Score(Variant.BNB, 7, 1, 0.5, 0.5),
                new Score(Variant.BASE_A, 0, 1, 0.5, 0.5),
                new Score(Variant.BNB, 1, 1, 0.5, 0.5)));

        assertThat(cells).extracting(ResultCell::variant, ResultCell::depth).containsExactly(
                tuple(Variant.BASE_A, 0), tuple(Variant.BASE_B, 0), tuple(Variant.BNB, 1), tuple(Variant.BNB, 7),
                tuple(Variant.ANB, 1), tuple(Variant.ANB, 2), tuple(Variant.ANB_PLUS, 2));
    }

    @Test
    void seedsOfDifferentDepthsAreDifferentCells() {
        List<ResultCell> cells = Figure2Table.cells(List.of(
                new Score(Variant.BNB_PLUS, 1, 1, 0.9, 0.9),
                new Score(Variant.BNB_PLUS, 2, 1, 0.7, 0.7)));

        assertThat(cells).extracting(ResultCell::depth, ResultCell::count, cell -> Metric.TEST.of(cell).mean())
                .containsExactly(tuple(1, 1, 0.9), tuple(2, 1, 0.7));
    }

    @Test
    void noEvaluationsNoCells() {
        assertThat(Figure2Table.cells(List.of())).isEmpty();
    }
}
