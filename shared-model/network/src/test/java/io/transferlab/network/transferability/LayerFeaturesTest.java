package io.transferlab.network.transferability;

import io.transferlab.network.Fixtures;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.evaluation.Evaluator;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.model.NetLayout;
import io.transferlab.network.training.FrozenPrefix;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LayerFeaturesTest {

    private static TensorSet images;
    private static MultiLayerNetwork net;
    private static NetLayout layout;

    @BeforeAll
    static void net() {
        images = Fixtures.images(3, 44, 1);
        assertThat(images.count()).as("more than one chunk").isGreaterThan(Evaluator.BATCH);
        net = NetFactory.create(new Compact8(), images.shape(), 3, Fixtures.BUDGET, 7, 0);
        layout = NetFactory.layout(new Compact8(), images.shape(), 3);
    }

    /**
     * Compact8 on 16x16 images: conv1 (32 x 16 x 16 = 8,192 values), conv2 after pooling (2,048) and conv3 (4,096) are
     * pooled to their channels, conv4 after pooling (64 x 4 x 4 = 1,024) is not.
     */
    @ParameterizedTest
    @CsvSource({"1, 32", "2, 32", "3, 64", "4, 1024", "5, 512", "6, 256", "7, 256", "8, 3"})
    void oneRowPerImageOfTheLayersWidth(int depth, int columns) {
        INDArray features = of(depth);
        assertThat(features.shape()).containsExactly(images.count(), columns);
        assertThat(features.dataType()).isEqualTo(DataType.DOUBLE);
    }

    @ParameterizedTest
    @CsvSource({"4", "6"})
    void aFlattenedLayerIsThePrefixsOutput(int depth) {
        INDArray expected = prefixOutput(depth);
        INDArray features = of(depth);
        INDArray flat = expected.reshape(expected.size(0), -1).castTo(DataType.DOUBLE);
        assertThat(features.sub(flat).amaxNumber().doubleValue())
                .as("up to float rounding: DL4J's two forward paths round differently")
                .isLessThan(1e-5 * flat.amaxNumber().doubleValue());
    }

    @Test
    void aPooledLayerIsThePrefixsOutputAveragedOverItsHeightAndWidth() {
        INDArray expected = prefixOutput(1).mean(2, 3).castTo(DataType.DOUBLE);
        INDArray features = of(1);
        assertThat(features.getDouble(0, 0)).isNotZero();
        assertThat(features.sub(expected).amaxNumber().doubleValue())
                .isLessThan(1e-5 * expected.amaxNumber().doubleValue());
    }

    @Test
    void everyDepthOfOnePassIsThatDepthsAlone() {
        Map<Integer, INDArray> together = LayerFeatures.of(net, layout, List.of(2, 5, 7), images);

        assertThat(together.keySet()).containsExactly(2, 5, 7);
        together.forEach((depth, features) -> assertThat(features).isEqualTo(of(depth)));
    }

    private static INDArray of(int depth) {
        return LayerFeatures.of(net, layout, List.of(depth), images).get(depth);
    }

    /** The output of block {@code depth}: the net sliced there, as a frozen prefix is, run over all images at once. */
    private static INDArray prefixOutput(int depth) {
        return FrozenPrefix.slice(net, 0, layout.prefixEnd(depth)).output(images.batch(0, images.count())
                .getFeatures(), false);
    }
}
