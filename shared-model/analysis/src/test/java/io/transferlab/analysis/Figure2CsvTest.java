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
                new ResultCell(Variant.BASE_B, 0, 2, 0.85, 0.0707106781, 0.75, 0.05),
                new ResultCell(Variant.ANB_PLUS, 3, 1, 0.9, 0, 0.875, 0)));

        assertThat(csv.split("\n")).containsExactly(
                "variant,n,count,test_mean,test_std,best_val_mean,best_val_std",
                "baseB,0,2,0.850000,0.070711,0.750000,0.050000",
                "AnB+,3,1,0.900000,0.000000,0.875000,0.000000");
    }

    @Test
    void smallNumbersAreNotWrittenInExponentNotation() {
        String csv = Figure2Csv.write(List.of(new ResultCell(Variant.RNB, 1, 2, 0.0001, 0.00002, 0.1, 0)));

        assertThat(csv).endsWith("RnB,1,2,0.000100,0.000020,0.100000,0.000000\n");
    }
}
