package io.transferlab.analysis;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ResolutionTest {

    private static final Offset<Double> EXACT = Offset.offset(1e-15);

    @Test
    void accuraciesOnFiveHundredImagesAreOnAGridOfOneImage() {
        Random random = new Random(1);
        double[] values = new double[40];
        for (int i = 0; i < values.length; i++) {
            values[i] = (400 + random.nextInt(100)) / 500.0;
        }
        assertThat(Resolution.of(values)).isCloseTo(1.0 / 500, EXACT);
    }

    @Test
    void theMeanOfTheBestThreeOfFiveHundredIsOnAThirdOfThatGrid() {
        double[] values = {(440 + 441 + 443) / 1500.0, (450 + 450 + 452) / 1500.0, (439 + 440 + 440) / 1500.0};
        assertThat(Resolution.of(values)).isCloseTo(1.0 / 1500, EXACT);
    }

    @Test
    void theCeilingTableIsOnTheGridOfOneImageAndNoiseIsOnNone() {
        assertThat(Resolution.of(new double[]{1.0, 1.0, 0.998, Double.NaN})).isCloseTo(0.002, EXACT);
        Random random = new Random(2);
        double[] continuous = new double[20];
        for (int i = 0; i < continuous.length; i++) {
            continuous[i] = 0.8 + 0.01 * random.nextGaussian();
        }
        assertThat(Resolution.of(continuous)).isZero();
        assertThat(Resolution.of(new double[0])).isZero();
    }
}
