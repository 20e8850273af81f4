package io.transferlab.analysis;

import io.transferlab.contracts.messaging.ResultCell;
import io.transferlab.contracts.spec.Variant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Figure2CsvTest {

    @Test
    void oneRowPerCellUnderTheHeader() {
        String csv = Figure2Csv.write(List.of(
                Cells.cell(Variant.BASE_B, 0, 2, 0.85, 0.0707106781, 0.75, 0.05),
                Cells.cell(Variant.ANB_PLUS, 3, 1, 0.9, 0, 0.875, 0)));

        // t(0.975, 1) = 12.7062: the intervals of two seeds are wide; one seed has none (empty fields)
        assertThat(csv.split("\n")).containsExactly(
                "variant,n,count,test_mean,test_std,test_ci_low,test_ci_high,test_count,"
                        + "bestValidation_mean,bestValidation_std,bestValidation_ci_low,bestValidation_ci_high,"
                        + "bestValidation_count",
                "baseB,0,2,0.850000,0.070711,0.214690,1.485310,2,0.750000,0.050000,0.300768,1.199232,2",
                "AnB+,3,1,0.900000,0.000000,,,1,0.875000,0.000000,,,1");
    }

    @Test
    void smallNumbersAreNotWrittenInExponentNotation() {
        String csv = Figure2Csv.write(List.of(Cells.cell(Variant.RNB, 1, 2, 0.0001, 0.00002, 0.1, 0)));

        assertThat(csv).endsWith("RnB,1,2,0.000100,0.000020,-0.000080,0.000280,2,0.100000,0.000000,0.100000,0.100000,"
                + "2\n");
    }
}
