package io.transferlab.network.transferability;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearCkaTest {

    @Test
    void identicalFeaturesScoreOne() {
        INDArray x = random(50, 4, 1);
        assertThat(LinearCka.between(x, x)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void anOrthogonalTransformAndAScaleOfOneSideChangeNothing() {
        INDArray x = random(60, 3, 2);
        INDArray z = random(60, 5, 3).addi(x.mmul(random(3, 5, 4)));
        double c = Math.cos(0.7);
        double s = Math.sin(0.7);
        INDArray rotation = Nd4j.create(new double[][]{{c, -s, 0}, {s, c, 0}, {0, 0, 1}});
        INDArray transformed = x.mmul(rotation).muli(2.5);

        assertThat(LinearCka.between(x, transformed)).isCloseTo(1.0, within(1e-12));
        assertThat(LinearCka.between(z, transformed)).isCloseTo(LinearCka.between(z, x), within(1e-12));
        assertThat(LinearCka.between(z, x)).isBetween(0.1, 0.99);
    }

    @Test
    void oneColumnEachIsTheSquaredCorrelation() {
        // Centred: x = (-1.5, -0.5, 0.5, 1.5), y = (-1.5, 0.5, -0.5, 1.5); y.x = 2.25 - 0.25 - 0.25 + 2.25 = 4,
        // x.x = y.y = 2.25 + 0.25 + 0.25 + 2.25 = 5, so CKA = 4^2 / (5 * 5) = 0.64.
        INDArray x = Nd4j.create(new double[][]{{1}, {2}, {3}, {4}});
        INDArray y = Nd4j.create(new double[][]{{1}, {3}, {2}, {4}});
        assertThat(LinearCka.between(x, y)).isCloseTo(0.64, within(1e-12));
    }

    @Test
    void twoColumnsAgainstOneByHand() {
        // Both already centred. Y^T X = (1 + 0 + 1 + 0, 0 + 1 + 0 + 1) = (2, 2): ||.||_F^2 = 8.
        // X^T X = diag(2, 2): ||.||_F = sqrt(8); Y^T Y = 4. CKA = 8 / (sqrt(8) * 4) = 1 / sqrt(2).
        INDArray x = Nd4j.create(new double[][]{{1, 0}, {0, 1}, {-1, 0}, {0, -1}});
        INDArray y = Nd4j.create(new double[][]{{1}, {1}, {-1}, {-1}});
        assertThat(LinearCka.between(x, y)).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(LinearCka.between(y, x)).isCloseTo(1 / Math.sqrt(2), within(1e-12));
    }

    @Test
    void zeroColumnsChangeNothingWhenTheImagesGramMatricesAreUsed() {
        INDArray x = random(20, 3, 8);
        INDArray y = random(20, 4, 9).addi(x.mmul(random(3, 4, 10)));
        INDArray wideX = Nd4j.hstack(x, Nd4j.zeros(DataType.DOUBLE, 20, 40));
        INDArray wideY = Nd4j.hstack(y, Nd4j.zeros(DataType.DOUBLE, 20, 40));

        assertThat(LinearCka.between(wideX, wideY)).isCloseTo(LinearCka.between(x, y), within(1e-12));
        assertThat(LinearCka.between(wideX, wideX)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void independentFeaturesScoreNearZero() {
        double cka = LinearCka.between(random(2000, 5, 5), random(2000, 5, 6));
        assertThat(cka).isBetween(0.0, 0.02);
    }

    @Test
    void floatFeaturesAreReadAsDoubles() {
        INDArray x = random(30, 3, 7);
        assertThat(LinearCka.between(x.castTo(DataType.FLOAT), x)).isCloseTo(1.0, within(1e-6));
    }

    static INDArray random(int rows, int columns, long seed) {
        Nd4j.getRandom().setSeed(seed);
        return Nd4j.randn(DataType.DOUBLE, rows, columns);
    }
}
