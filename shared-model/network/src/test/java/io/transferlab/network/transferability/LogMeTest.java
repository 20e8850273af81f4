package io.transferlab.network.transferability;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reference values come from src/test/resources/transferability/logme_reference.py (python3 with numpy), an
 * independent implementation of the paper's Algorithm 1 the naive way: A = alpha I + beta F^T F inverted, m = beta A^-1
 * F^T y, gamma = d - alpha tr(A^-1), log|A| by slogdet, no eigen-decomposition; same start, updates and stopping rule.
 * Its cases are the matrices below: more images than features, fewer (5 x 7), and three classes.
 */
class LogMeTest {

    @Test
    void moreImagesThanFeaturesMatchesTheReference() {
        INDArray f = Nd4j.create(new double[][]{{1, 2}, {2, 1}, {3, 4}, {4, 3}, {0, 1}, {1, 0}, {2, 2}, {5, 1}});
        assertThat(LogMe.of(f, new int[]{0, 0, 1, 1, 0, 1, 0, 1}, 2)).isCloseTo(-0.923021696271, within(1e-6));
    }

    @Test
    void fewerImagesThanFeaturesMatchesTheReference() {
        INDArray f = Nd4j.create(new double[][]{{1, 0, 2, -1, 3, 0, 1}, {0, 1, 1, 2, -1, 1, 0},
                {2, 1, 0, 0, 1, -2, 1}, {-1, 2, 1, 1, 0, 0, 3}, {1, 1, 1, -1, 2, 1, 0}});
        assertThat(LogMe.of(f, new int[]{0, 1, 2, 1, 0}, 3)).isCloseTo(-0.612784182227, within(1e-6));
    }

    @Test
    void threeClassesMatchTheReference() {
        INDArray f = Nd4j.create(new double[][]{{0.5, 1, -1}, {1.5, 0, 2}, {-1, 2, 0.5}, {2, -0.5, 1}, {0, 0, 1},
                {1, 1, 1}, {-2, 1, 0}, {3, 2, -1}, {0.5, -1, 2}, {1, 3, 0}, {-1, -1, 1}, {2, 0, 0}});
        int[] labels = {0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2};
        assertThat(LogMe.of(f, labels, 3)).isCloseTo(-0.869504824366, within(1e-6));
    }

    @Test
    void aClassWithoutImagesIsLeftOutOfTheAverage() {
        INDArray f = Nd4j.create(new double[][]{{1, 2}, {2, 1}, {3, 4}, {4, 3}, {0, 1}, {1, 0}, {2, 2}, {5, 1}});
        int[] labels = {0, 0, 1, 1, 0, 1, 0, 1};
        assertThat(LogMe.of(f, labels, 4)).isCloseTo(LogMe.of(f, labels, 2), within(1e-12));
    }

    @Test
    void labelsThatAreALinearFunctionOfTheFeaturesScoreHigherThanShuffledOnes() {
        int n = 200;
        int k = 3;
        Random random = new Random(3);
        double[][] features = new double[n][8];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
            for (int j = 0; j < 8; j++) {
                features[i][j] = random.nextGaussian() * 0.3;
            }
            features[i][labels[i]] += 1; // the one-vs-rest target of class c is feature c, up to noise
        }
        int[] shuffled = labels.clone();
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }
        INDArray f = Nd4j.create(features);

        double linear = LogMe.of(f, labels, k);
        double noise = LogMe.of(f, shuffled, k);

        assertThat(linear).isFinite().isGreaterThan(noise + 0.2);
        assertThat(noise).isFinite();
    }
}
