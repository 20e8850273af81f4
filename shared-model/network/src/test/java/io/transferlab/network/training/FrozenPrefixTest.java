package io.transferlab.network.training;

import io.transferlab.contracts.messaging.TrainingProgress;
import io.transferlab.contracts.spec.ResolvedBudget;
import io.transferlab.contracts.spec.Variant;
import io.transferlab.network.Fixtures;
import io.transferlab.network.architecture.Architecture;
import io.transferlab.network.architecture.Compact8;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.NetFactory;
import io.transferlab.network.model.TransferNets;
import org.deeplearning4j.nn.layers.FrozenLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Training a frozen net on its prefix's activations, computed once, ends where fitting the whole net every step ends:
 * the frozen layers untouched, everything else equal up to float rounding. Without dropout, so that last-bit
 * differences are not amplified into larger ones by different masks' effects over the steps.
 */
class FrozenPrefixTest {

    private static final Architecture ARCH = new Compact8();
    private static final ResolvedBudget NO_DROPOUT = Fixtures.budget(12, 0.0);
    private static TensorSet sourceData;
    private static TensorSet targetData;
    private static MultiLayerNetwork source;

    @BeforeAll
    static void trainSource() {
        sourceData = Fixtures.images(3, 20, 1);
        targetData = Fixtures.images(3, 20, 2);
        source = NetFactory.create(ARCH, sourceData.shape(), 3, NO_DROPOUT, 11, 0);
        Fixtures.train(source, sourceData, sourceData, NO_DROPOUT);
    }

    @ParameterizedTest
    @CsvSource({"AnB, 1", "AnB, 2", "RnB, 3", "BnB, 4", "AnB, 5", "BnB, 6", "AnB, 7"})
    void theCachedWayTrainsAsTheWholeNetUpToRounding(String label, int depth) {
        Variant variant = Variant.fromLabel(label);
        MultiLayerNetwork cached = build(variant, depth);
        MultiLayerNetwork whole = build(variant, depth);
        float[] before = cached.params().toFloatVector();
        int frozenParams = (int) frozenParams(cached);
        assertThat(FrozenPrefix.of(build(variant, depth), targetData, targetData, Long.MAX_VALUE))
                .as("a prefix to cache")
                .isPresent();
        List<float[]> cachedCheckpoints = new ArrayList<>();
        List<float[]> wholeCheckpoints = new ArrayList<>();

        TrainingLoop cachedLoop = loop(true, cachedCheckpoints);
        TrainingProgress cachedEnd = cachedLoop.run(cached, targetData, targetData, cachedLoop.start(targetData))
                .manifest().progress();
        TrainingLoop wholeLoop = loop(false, wholeCheckpoints);
        TrainingProgress wholeEnd = wholeLoop.run(whole, targetData, targetData, wholeLoop.start(targetData))
                .manifest().progress();

        float[] after = cached.params().toFloatVector();
        assertThat(Arrays.mismatch(Arrays.copyOf(after, frozenParams), Arrays.copyOf(before, frozenParams)))
                .as("frozen parameters unchanged").isNegative();
        assertThat(Arrays.mismatch(after, before)).as("the rest trained").isGreaterThanOrEqualTo(frozenParams);
        assertClose("parameters", after, whole.params().toFloatVector());
        assertClose("updater state", cached.getUpdater().getStateViewArray().toFloatVector(),
                whole.getUpdater().getStateViewArray().toFloatVector());
        assertThat(cached.getIterationCount()).isEqualTo(whole.getIterationCount());
        assertThat(cachedEnd.iteration()).isEqualTo(wholeEnd.iteration());
        assertThat(cachedCheckpoints).hasSize(wholeCheckpoints.size()).hasSizeGreaterThan(1);
        for (int i = 0; i < cachedCheckpoints.size(); i++) {
            assertClose("checkpoint " + i, cachedCheckpoints.get(i), wholeCheckpoints.get(i));
        }
        // Validated on the prefix's cached output: the same scores, at most one image apart where rounding decides.
        assertThat(cachedEnd.validations()).hasSize(wholeEnd.validations().size()).isNotEmpty();
        for (int i = 0; i < cachedEnd.validations().size(); i++) {
            assertThat(cachedEnd.validations().get(i).accuracy()).as("validation " + i)
                    .isCloseTo(wholeEnd.validations().get(i).accuracy(), within(1.0 / targetData.count()));
        }
    }

    @ParameterizedTest
    @CsvSource({"AnB+, 3", "BnB+, 7", "baseB, 0"})
    void netsWithoutAFrozenPrefixTrainThePlainWay(String label, int depth) {
        assertThat(FrozenPrefix.of(build(Variant.fromLabel(label), depth), targetData, targetData,
                Long.MAX_VALUE)).isEmpty();
    }

    /** Caching costs a forward pass over every training image: not worth it for less than two epochs of training. */
    @Test
    void lessThanTwoEpochsAheadTrainsThePlainWay() {
        MultiLayerNetwork net = build(Variant.ANB, 7);
        assertThat(FrozenPrefix.of(net, targetData, targetData, 2L * targetData.count())).isEmpty();
        assertThat(FrozenPrefix.of(net, targetData, targetData, 2L * targetData.count() + 1)).isPresent();
    }

    /** Equal up to float rounding: every value within 1e-5 of the other (the values are of order 0.01 to 1). */
    private static void assertClose(String what, float[] actual, float[] expected) {
        assertThat(actual.length).as(what + " length").isEqualTo(expected.length);
        float worst = 0;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]));
        }
        assertThat(worst).as(what + ": largest difference").isLessThanOrEqualTo(1e-5f);
    }

    private static long frozenParams(MultiLayerNetwork net) {
        long count = 0;
        for (int i = 0; i < net.getnLayers() && net.getLayer(i) instanceof FrozenLayer; i++) {
            count += net.getLayer(i).numParams();
        }
        return count;
    }

    private static MultiLayerNetwork build(Variant variant, int depth) {
        return TransferNets.build(variant, depth, ARCH, targetData.shape(), 3, NO_DROPOUT, 5,
                variant.source().isPresent() ? source : null);
    }

    /** A loop that records, at each checkpoint, the whole net's parameters followed by its updater state. */
    private static TrainingLoop loop(boolean cacheFrozenPrefix, List<float[]> checkpoints) {
        CheckpointSink sink = checkpoint -> {
            MultiLayerNetwork net = checkpoint.net();
            float[] params = net.params().toFloatVector();
            float[] state = net.getUpdater().getStateViewArray().toFloatVector();
            float[] both = new float[params.length + state.length];
            System.arraycopy(params, 0, both, 0, params.length);
            System.arraycopy(state, 0, both, params.length, state.length);
            checkpoints.add(both);
        };
        return new TrainingLoop(Fixtures.setup(NO_DROPOUT, cacheFrozenPrefix), null, ProgressListener.NONE, sink,
                StopSignal.NEVER);
    }
}
