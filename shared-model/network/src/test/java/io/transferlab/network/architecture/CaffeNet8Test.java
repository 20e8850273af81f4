package io.transferlab.network.architecture;

import io.transferlab.contracts.spec.InputShape;
import io.transferlab.network.Fixtures;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.model.NetLayout;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The paper's reference net, layer by layer, at its 227x227 input. */
class CaffeNet8Test {

    @Test
    void hasThePapersEightWeightLayersAndShapes() {
        InputShape input = new InputShape(3, 227, 227);
        MultiLayerNetwork net = NetFactory.create(new CaffeNet8(), input, 10, Fixtures.BUDGET, 1, 0);
        NetLayout layout = NetFactory.layout(new CaffeNet8(), input, 10);

        // conv1 pool norm | conv2 pool norm | conv3 | conv4 | conv5 pool | fc6 | fc7 | fc8
        assertThat(IntStream.rangeClosed(1, 8).map(layout::weightLayerIndex).toArray())
                .containsExactly(0, 3, 6, 7, 8, 10, 11, 12);
        long[] expected = {96 * 3 * 11 * 11 + 96, 256 * 96 * 25 + 256, 384 * 256 * 9 + 384, 384 * 384 * 9 + 384,
                256 * 384 * 9 + 256, 9216L * 4096 + 4096, 4096L * 4096 + 4096, 4096 * 10 + 10};
        for (int n = 1; n <= 8; n++) {
            assertThat(net.getLayer(layout.weightLayerIndex(n)).numParams()).as("weight layer %d", n)
                    .isEqualTo(expected[n - 1]);
        }
        assertThat(net.output(Nd4j.rand(2, 3, 227, 227)).shape()).containsExactly(2, 10);
    }
}
