package io.transferlab.network.transferability;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearProbeTest {

    @Test
    void aThresholdOnOneFeatureIsFound() {
        INDArray train = Nd4j.create(new double[][]{{-2}, {-1}, {1}, {2}});
        INDArray test = Nd4j.create(new double[][]{{-3}, {-0.5}, {0.5}, {3}});
        assertThat(LinearProbe.accuracy(train, new int[]{0, 0, 1, 1}, test, new int[]{0, 0, 1, 1}, 2))
                .isEqualTo(1.0);
    }

    @Test
    void linearlySeparableClassesAreSeparated() {
        Blobs train = blobs(300, 10, 4, 6.0, 1);
        Blobs test = blobs(150, 10, 4, 6.0, 2);
        assertThat(LinearProbe.accuracy(train.features(), train.labels(), test.features(), test.labels(), 4))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void randomLabelsGiveChance() {
        Blobs train = blobs(300, 10, 4, 0.0, 3);
        Blobs test = blobs(400, 10, 4, 0.0, 4);
        assertThat(LinearProbe.accuracy(train.features(), train.labels(), test.features(), test.labels(), 4))
                .isCloseTo(0.25, within(0.08));
    }

    @Test
    void shiftingAndScalingAFeatureChangesNothing() {
        Blobs train = blobs(120, 5, 3, 1.0, 5);
        Blobs test = blobs(90, 5, 3, 1.0, 6);
        INDArray scale = Nd4j.create(new double[]{100, 0.01, 1, 7, 3});
        INDArray shift = Nd4j.create(new double[]{5, -3, 0, 1000, 2});

        double plain = LinearProbe.accuracy(train.features(), train.labels(), test.features(), test.labels(), 3);
        double moved = LinearProbe.accuracy(train.features().mulRowVector(scale).addRowVector(shift), train.labels(),
                test.features().mulRowVector(scale).addRowVector(shift), test.labels(), 3);

        assertThat(moved).isCloseTo(plain, within(1e-9));
    }

    private record Blobs(INDArray features, int[] labels) {
    }

    /** Unit Gaussian noise around one centre per class, {@code separation} along the class's own axis. */
    private static Blobs blobs(int n, int d, int k, double separation, long seed) {
        Random random = new Random(seed);
        double[][] features = new double[n][d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(k);
            for (int j = 0; j < d; j++) {
                features[i][j] = random.nextGaussian() + (j == labels[i] ? separation : 0);
            }
        }
        return new Blobs(Nd4j.create(features), labels);
    }
}
