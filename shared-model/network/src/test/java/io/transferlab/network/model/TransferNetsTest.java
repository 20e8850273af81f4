package io.transferlab.network.model;

import io.transferlab.contracts.spec.Variant;
import io.transferlab.network.Fixtures;
import io.transferlab.network.architecture.Architecture;
import io.transferlab.network.architecture.Block;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.data.TensorSet;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.transferlab.network.Fixtures.params;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransferNetsTest {

    private static final Architecture ARCH = new Compact8();
    private static TensorSet sourceData;
    private static TensorSet targetData;
    private static MultiLayerNetwork source;
    private static NetLayout layout;

    @BeforeAll
    static void trainSource() {
        sourceData = Fixtures.images(4, 20, 1);
        targetData = Fixtures.images(3, 20, 2);
        source = NetFactory.create(ARCH, sourceData.shape(), 4, Fixtures.BUDGET, 11, 0);
        train(source, sourceData);
        layout = NetFactory.layout(ARCH, sourceData.shape(), 4);
    }

    @Test
    void sameSeedGivesSameInitialParametersAndAnotherSeedDoesNot() {
        MultiLayerNetwork a = NetFactory.create(ARCH, targetData.shape(), 3, Fixtures.BUDGET, 5, 0);
        MultiLayerNetwork b = NetFactory.create(ARCH, targetData.shape(), 3, Fixtures.BUDGET, 5, 0);
        MultiLayerNetwork c = NetFactory.create(ARCH, targetData.shape(), 3, Fixtures.BUDGET, 6, 0);
        assertThat(a.params().toFloatVector()).containsExactly(b.params().toFloatVector());
        assertThat(a.params().toFloatVector()).isNotEqualTo(c.params().toFloatVector());
    }

    @Test
    void compact8HasEightWeightLayersWithPoolingInsideTheirBlocks() {
        for (int n = 1; n <= 8; n++) {
            assertThat(source.getLayer(layout.weightLayerIndex(n)).numParams()).as("weight layer %d", n).isPositive();
        }
        assertThat(IntStream.rangeClosed(1, 8).map(layout::weightLayerIndex).toArray())
                .containsExactly(0, 1, 3, 4, 6, 8, 9, 10);
        assertThat(layout.prefixEnd(2)).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5, 7})
    void transferCopiesLayersUpToNAndDrawsTheRestAfresh(int n) {
        MultiLayerNetwork net = TransferNets.build(Variant.ANB, n, ARCH, targetData.shape(), 3, Fixtures.BUDGET,
                99, source);
        for (int w = 1; w <= 8; w++) {
            int index = layout.weightLayerIndex(w);
            if (w <= n) {
                assertThat(params(net, index)).as("layer %d", w).containsExactly(params(source, index));
            } else if (w < 8) {
                assertThat(params(net, index)).as("layer %d", w).isNotEqualTo(params(source, index));
            }
        }
        assertThat(net.getLayer(layout.weightLayerIndex(8)).getParam("W").columns()).isEqualTo(3);
        assertThat(net.output(targetData.batch(0, 5).getFeatures()).columns()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5})
    void frozenLayersStayBitIdenticalWhileTheRestTrain(int n) {
        MultiLayerNetwork net = TransferNets.build(Variant.ANB, n, ARCH, targetData.shape(), 3, Fixtures.BUDGET,
                7, source);
        assertThat(Fixtures.convHelpers(net)).as("frozen and trained convolutions alike").hasSize(5)
                .containsOnly("MKLDNNConvHelper");
        float[][] before = snapshot(net);
        train(net, targetData);
        float[][] after = snapshot(net);
        for (int i = 0; i < before.length; i++) {
            if (before[i].length == 0) {
                continue;
            }
            if (i < layout.prefixEnd(n)) {
                assertThat(after[i]).as("frozen layer %d", i).containsExactly(before[i]);
            } else {
                assertThat(after[i]).as("trained layer %d", i).isNotEqualTo(before[i]);
            }
        }
    }

    @Test
    void fineTunedVariantTrainsTheCopiedLayersToo() {
        MultiLayerNetwork net = TransferNets.build(Variant.ANB_PLUS, 3, ARCH, targetData.shape(), 3,
                Fixtures.BUDGET, 7, source);
        assertThat(Fixtures.convHelpers(net)).hasSize(5).containsOnly("MKLDNNConvHelper");
        float[][] before = snapshot(net);
        train(net, targetData);
        float[][] after = snapshot(net);
        for (int w = 1; w <= 8; w++) {
            int index = layout.weightLayerIndex(w);
            assertThat(after[index]).as("layer %d", w).isNotEqualTo(before[index]);
        }
    }

    @Test
    void controlKeepsRandomFrozenLayersThatAreNotTheSourceNets() {
        MultiLayerNetwork net = TransferNets.build(Variant.RNB, 4, ARCH, targetData.shape(), 3, Fixtures.BUDGET,
                7, null);
        float[][] before = snapshot(net);
        train(net, targetData);
        for (int w = 1; w <= 4; w++) {
            int index = layout.weightLayerIndex(w);
            assertThat(params(net, index)).containsExactly(before[index]);
            assertThat(params(net, index)).isNotEqualTo(params(source, index));
        }
    }

    @Test
    void refusesInconsistentRequests() {
        assertThatThrownBy(() -> TransferNets.build(Variant.ANB, 3, ARCH, targetData.shape(), 3, Fixtures.BUDGET,
                1, null)).hasMessageContaining("needs the source base net");
        assertThatThrownBy(() -> TransferNets.build(Variant.BASE_B, 2, ARCH, targetData.shape(), 3, Fixtures.BUDGET,
                1, null)).hasMessageContaining("depth 2");
    }

    @Test
    void nhwcLayersAreRefusedForTheHelperWouldTrainThemWrong() {
        Architecture nhwc = (input, numClasses, dropout) -> {
            List<Block> blocks = new ArrayList<>(ARCH.blocks(input, numClasses, dropout));
            blocks.set(1, Block.of(new ConvolutionLayer.Builder(3, 3).nOut(32)
                    .convolutionMode(ConvolutionMode.Same).dataFormat(CNN2DFormat.NHWC).build()));
            return blocks;
        };
        assertThatThrownBy(() -> NetFactory.create(nhwc, targetData.shape(), 3, Fixtures.BUDGET, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("layer ConvolutionLayer is NHWC");
    }

    private static void train(MultiLayerNetwork net, TensorSet data) {
        Fixtures.train(net, data, data, Fixtures.BUDGET);
    }

    private static float[][] snapshot(MultiLayerNetwork net) {
        float[][] all = new float[net.getnLayers()][];
        for (int i = 0; i < all.length; i++) {
            all[i] = net.getLayer(i).numParams() == 0 ? new float[0] : params(net, i);
        }
        return all;
    }
}
