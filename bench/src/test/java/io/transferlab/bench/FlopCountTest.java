package io.transferlab.bench;

import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.network.backend.NativeRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlopCountTest {

    /** Counting builds the net, which loads ND4J: on the native build this CPU can run, as the benchmark does. */
    @BeforeAll
    static void prepareNatives() {
        NativeRuntime.prepare();
    }

    /** compact8 on 28x28x1 with 5 classes, multiply-adds counted by hand, layer by layer. */
    @Test
    void countsCompact8OnAFashionMnistHalfAsByHand() {
        long convolutions = 28L * 28 * 32 * 1 * 9 // conv 32, 28x28
                + 28L * 28 * 32 * 32 * 9            // conv 32, then pool to 14x14
                + 14L * 14 * 64 * 32 * 9            // conv 64
                + 14L * 14 * 64 * 64 * 9            // conv 64, then pool to 7x7
                + 7L * 7 * 128 * 64 * 9;            // conv 128, then pool to 3x3
        long dense = 3L * 3 * 128 * 256 + 256L * 256 + 256L * 5;

        assertThat(FlopCount.trainingFlopsPerImage(NetArchitecture.COMPACT8, new InputShape(1, 28, 28), 5))
                .isEqualTo(3 * 2 * (convolutions + dense)).isEqualTo(133_581_312L);
    }
}
