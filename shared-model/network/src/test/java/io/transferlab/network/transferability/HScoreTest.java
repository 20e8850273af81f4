package io.transferlab.network.transferability;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HScoreTest {

    private static final int[] TWO_CLASSES = {0, 0, 1, 1};

    @Test
    void oneFeatureByHand() {
        // f = (0, 2, 4, 6), mean 3: cov(f) = (9 + 1 + 1 + 9) / 4 = 5. Class means 1 and 5, each half the images:
        // cov(E[f|y]) = (4 + 4) / 2 = 4. H = 4 / 5.
        INDArray f = Nd4j.create(new double[][]{{0}, {2}, {4}, {6}});
        assertThat(HScore.of(f, TWO_CLASSES, 2)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aSecondFeatureUncorrelatedWithTheFirstAndTheLabelAddsNothing() {
        // f2 = (1, -1, -1, 1): mean 0, variance 1, cov(f1, f2) = (-3 + 1 - 1 + 3) / 4 = 0, both class means 0.
        // cov(f) = diag(5, 1), cov(E[f|y]) = diag(4, 0): H = 4 / 5 + 0 / 1.
        INDArray f = Nd4j.create(new double[][]{{0, 1}, {2, -1}, {4, -1}, {6, 1}});
        assertThat(HScore.of(f, TWO_CLASSES, 2)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aDuplicatedFeatureDoesNotCountTwice() {
        // cov(f) = [[5, 5], [5, 5]] is singular: its pseudo-inverse keeps the one direction (1, 1) / sqrt(2), of
        // variance 10 and between-class variance 8: H = 0.8.
        INDArray f = Nd4j.create(new double[][]{{0, 0}, {2, 2}, {4, 4}, {6, 6}});
        assertThat(HScore.of(f, TWO_CLASSES, 2)).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void moreFeaturesThanImagesScoreTheSame() {
        // The case above with six constant columns added: d = 7 > n = 4, computed from F F^T.
        INDArray f = Nd4j.hstack(Nd4j.create(new double[][]{{0}, {2}, {4}, {6}}), Nd4j.ones(DataType.DOUBLE, 4, 6));
        assertThat(HScore.of(f, TWO_CLASSES, 2)).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void featuresCarryingTheLabelScoreHigherThanNoise() {
        int n = 300;
        int k = 3;
        Random random = new Random(8);
        int[] labels = new int[n];
        double[][] informative = new double[n][6];
        double[][] noise = new double[n][6];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
            for (int j = 0; j < 6; j++) {
                informative[i][j] = random.nextGaussian() + (j == labels[i] ? 2 : 0);
                noise[i][j] = random.nextGaussian();
            }
        }
        double carrying = HScore.of(Nd4j.create(informative), labels, k);
        double none = HScore.of(Nd4j.create(noise), labels, k);

        assertThat(carrying).isBetween(1.0, k - 1.0);
        assertThat(none).isBetween(0.0, 0.2);
    }
}
