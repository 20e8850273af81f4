package io.transferlab.analysis;

import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Figure2CsvTest {

    @Test
    void theCellThenFiveColumnsPerMetric() {
        List<String> header = List.of(Figure2Csv.HEADER.split(","));

        assertThat(header).startsWith("variant", "n", "count").hasSize(3 + 5 * Metric.values().length);
        for (Metric metric : Metric.values()) {
            assertThat(header).containsSubsequence(Arrays.stream(new String[]{"_mean", "_std", "_ci_low", "_ci_high",
                    "_count"}).map(suffix -> metric.key() + suffix).toList());
        }
    }

    @Test
    void oneRowPerCellUnderTheHeader() {
        String csv = Figure2Csv.write(List.of(
                Cells.cell(Variant.BASE_B, 0, 2, 0.85, 0.0707106781, 0.75, 0.05),
                Cells.cell(Variant.ANB_PLUS, 3, 1, 0.9, 0, 0.875, 0)));

        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(3).startsWith(Figure2Csv.HEADER);
        // t(0.975, 1) = 12.7062: the intervals of two seeds are wide; one seed has none (empty fields)
        assertThat(fields(lines.get(1), "variant", "n", "count", "test_mean", "test_std", "test_ci_low", "test_ci_high",
                "test_count", "bestValidation_mean", "bestValidation_ci_low")).containsExactly("baseB", "0", "2",
                "0.850000", "0.070711", "0.214690", "1.485310", "2", "0.750000", "0.300768");
        assertThat(fields(lines.get(2), "variant", "n", "test_mean", "test_ci_low", "test_ci_high", "bestValidation_std"))
                .containsExactly("AnB+", "3", "0.900000", "", "", "0.000000");
    }

    @Test
    void smallNumbersAreNotWrittenInExponentNotation() {
        String csv = Figure2Csv.write(List.of(Cells.cell(Variant.RNB, 1, 2, 0.0001, 0.00002, 0.1, 0)));

        assertThat(fields(csv.lines().toList().get(1), "test_mean", "test_std", "test_ci_low", "test_ci_high"))
                .containsExactly("0.000100", "0.000020", "-0.000080", "0.000280");
    }

    /** The named columns of a row, by the header. */
    private static List<String> fields(String row, String... columns) {
        List<String> header = List.of(Figure2Csv.HEADER.split(","));
        String[] values = row.split(",", -1);
        return Arrays.stream(columns).map(column -> values[header.indexOf(column)]).toList();
    }
}
