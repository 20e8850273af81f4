package io.transferlab.network.training;

import io.transferlab.contracts.plan.PlannedJob;
import io.transferlab.contracts.spec.InputShape;
import io.transferlab.contracts.spec.NetArchitecture;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.data.synthetic.SyntheticImages;
import io.transferlab.network.Fixtures;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.model.TransferNets;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Common random numbers: the nets of one sweep seed and target half share their random streams, so their paired
 * differences carry no initialisation or batch-order noise; nets of different seeds share none.
 */
class CommonRandomNumbersTest {

    private static final Compact8 ARCH = new Compact8();
    private static final InputShape SHAPE = Fixtures.images(3, 1, 1).shape();
    private static final int CUT = 3;

    private static JobSetup setup(Variant variant, int depth, long seed) {
        String id = PlannedJob.id("crn", variant, depth, seed);
        String parent = variant.sourceBase().map(base -> PlannedJob.id("crn", base, 0, seed)).orElse(null);
        return new JobSetup(new PlannedJob(id, "crn", variant, depth, seed, parent), NetArchitecture.COMPACT8,
                Fixtures.BUDGET, Fixtures.EVALUATION, "spec", "data", false);
    }

    /** The net a job starts from, before any training step. */
    private static MultiLayerNetwork initial(JobSetup setup, MultiLayerNetwork source) {
        return TransferNets.build(setup.job().variant(), setup.job().depth(), ARCH, SHAPE, 3, Fixtures.BUDGET,
                setup.streamSeed(), source);
    }

    /** A layer's parameters; none for pooling layers. */
    private static float[] params(MultiLayerNetwork net, int layer) {
        return net.getLayer(layer).params() == null ? new float[0] : Fixtures.params(net, layer);
    }

    private static MultiLayerNetwork baseA(long seed) {
        return initial(setup(Variant.BASE_A, 0, seed), null);
    }

    @Test
    void baseBAndAnBOfOneSeedStartTheirFreshLayersAlikeAndVisitTheSameBatches() {
        JobSetup baseB = setup(Variant.BASE_B, 0, 1);
        JobSetup anb = setup(Variant.ANB, CUT, 1);
        MultiLayerNetwork base = initial(baseB, null);
        MultiLayerNetwork transfer = initial(anb, baseA(1));
        int fresh = NetFactory.layout(ARCH, SHAPE, 3).prefixEnd(CUT);
        for (int i = fresh; i < base.getnLayers(); i++) {
            assertThat(params(transfer, i)).as("layer %d", i).containsExactly(params(base, i));
        }
        assertThat(params(transfer, 0)).isNotEqualTo(params(base, 0)); // copied from baseA
        assertThat(anb.orderSeed()).isEqualTo(baseB.orderSeed());
        assertThat(EpochOrder.permutation(100, anb.orderSeed(), 2))
                .containsExactly(EpochOrder.permutation(100, baseB.orderSeed(), 2));
        assertThat(anb.dropoutSeed(17)).isEqualTo(baseB.dropoutSeed(17));
        assertThat(anb.jobSeed()).isNotEqualTo(baseB.jobSeed());
    }

    @Test
    void theControlsFrozenRandomLayersAreTheBaseNetsInitialOnes() {
        MultiLayerNetwork base = initial(setup(Variant.BASE_B, 0, 1), null);
        MultiLayerNetwork control = initial(setup(Variant.RNB, CUT, 1), null);
        for (int i = 0; i < base.getnLayers(); i++) {
            assertThat(params(control, i)).as("layer %d", i).containsExactly(params(base, i));
        }
    }

    @Test
    void twoSeedsShareNoStream() {
        JobSetup one = setup(Variant.BASE_B, 0, 1);
        JobSetup two = setup(Variant.BASE_B, 0, 2);
        MultiLayerNetwork first = initial(one, null);
        MultiLayerNetwork second = initial(two, null);
        for (int i : new int[] {0, 3, first.getnLayers() - 1}) {
            assertThat(params(second, i)).as("layer %d", i).isNotEqualTo(params(first, i));
        }
        assertThat(EpochOrder.permutation(100, two.orderSeed(), 0))
                .isNotEqualTo(EpochOrder.permutation(100, one.orderSeed(), 0));
        assertThat(two.dropoutSeed(5)).isNotEqualTo(one.dropoutSeed(5));
    }

    @Test
    void theHalvesOfOneSeedShareNoStream() {
        assertThat(setup(Variant.BASE_A, 0, 1).streamSeed()).isNotEqualTo(setup(Variant.BASE_B, 0, 1).streamSeed());
    }

    @Test
    void aLayersInitialWeightsDependOnlyOnItsOwnStreamNotOnTheLayersBeforeIt() {
        InputShape colour = TensorSet.of(SyntheticImages.generate(3, 1, 3, 16, 16, 1)).shape();
        MultiLayerNetwork grey = NetFactory.create(ARCH, SHAPE, 3, Fixtures.BUDGET, 9, 0);
        MultiLayerNetwork rgb = NetFactory.create(ARCH, colour, 3, Fixtures.BUDGET, 9, 0);
        assertThat(params(rgb, 0)).hasSize(3 * params(grey, 0).length - 2 * 32);
        for (int i = 1; i < grey.getnLayers(); i++) {
            assertThat(params(rgb, i)).as("layer %d", i).containsExactly(params(grey, i));
        }
    }
}
