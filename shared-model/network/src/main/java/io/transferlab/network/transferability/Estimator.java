package io.transferlab.network.transferability;

import io.transferlab.contracts.messaging.DepthEstimates;
import io.transferlab.contracts.messaging.EstimateCosts;
import io.transferlab.network.data.TensorSet;
import io.transferlab.network.model.NetLayout;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Predicts transfer before training it: for one seed, the {@link DepthEstimates} at each depth from the final baseA
 * and baseB and a random net of the same architecture (the RnB control: its layers as initialised), on half B's
 * training and validation images. Nothing is trained but the linear probes; each step is timed. The features of all
 * depths come from one forward pass per net and image set, whose wall time is shared evenly among the depths; the
 * estimators' times are each depth's own, so with depths side by side they add up to more than the wall time.
 */
public final class Estimator {

    private final MultiLayerNetwork baseA;
    private final MultiLayerNetwork baseB;
    private final MultiLayerNetwork random;
    private final NetLayout layout;

    public Estimator(MultiLayerNetwork baseA, MultiLayerNetwork baseB, MultiLayerNetwork random, NetLayout layout) {
        this.baseA = baseA;
        this.baseB = baseB;
        this.random = random;
        this.layout = layout;
    }

    /** The estimates at each of {@code depths} (1-based weight layers), in their order. */
    public List<DepthEstimates> estimate(TensorSet train, TensorSet validation, List<Integer> depths) {
        int[] trainLabels = labels(train);
        int[] validationLabels = labels(validation);
        int k = train.numClasses();
        long began = System.nanoTime();
        // Five independent passes and, below, independent depths: run side by side, so an evaluator with idle cores
        // (the trainers done) finishes sooner. Each is still one thread of ND4J or plain Java.
        List<Map<Integer, INDArray>> passes = Stream.<Supplier<Map<Integer, INDArray>>>of(
                        () -> LayerFeatures.of(baseA, layout, depths, train),
                        () -> LayerFeatures.of(baseA, layout, depths, validation),
                        () -> LayerFeatures.of(random, layout, depths, train),
                        () -> LayerFeatures.of(random, layout, depths, validation),
                        () -> LayerFeatures.of(baseB, layout, depths, validation))
                .parallel().map(Supplier::get).toList();
        double featureShare = (System.nanoTime() - began) / 1e9 / depths.size();
        Map<Integer, INDArray> aTrain = passes.get(0);
        Map<Integer, INDArray> aValidation = passes.get(1);
        Map<Integer, INDArray> rTrain = passes.get(2);
        Map<Integer, INDArray> rValidation = passes.get(3);
        Map<Integer, INDArray> bValidation = passes.get(4);
        return depths.parallelStream().map(depth -> {
            INDArray a = aTrain.get(depth);
            INDArray r = rTrain.get(depth);
            Timer probe = new Timer();
            Timer logMe = new Timer();
            Timer hScore = new Timer();
            Timer cka = new Timer();
            return new DepthEstimates(depth,
                    probe.time(() -> LinearProbe.accuracy(a, trainLabels, aValidation.get(depth), validationLabels, k)),
                    probe.time(() -> LinearProbe.accuracy(r, trainLabels, rValidation.get(depth), validationLabels, k)),
                    logMe.time(() -> LogMe.of(a, trainLabels, k)),
                    logMe.time(() -> LogMe.of(r, trainLabels, k)),
                    hScore.time(() -> HScore.of(a, trainLabels, k)),
                    hScore.time(() -> HScore.of(r, trainLabels, k)),
                    cka.time(() -> LinearCka.between(aValidation.get(depth), bValidation.get(depth))),
                    cka.time(() -> LinearCka.between(rValidation.get(depth), bValidation.get(depth))),
                    new EstimateCosts(featureShare, probe.seconds(), logMe.seconds(), hScore.seconds(),
                            cka.seconds()));
        }).toList();
    }

    private static int[] labels(TensorSet set) {
        int[] labels = new int[set.count()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = set.label(i);
        }
        return labels;
    }

    /** Adds up the wall-clock time of what it runs. */
    private static final class Timer {
        private long nanos;

        <T> T time(Supplier<T> step) {
            long start = System.nanoTime();
            T result = step.get();
            nanos += System.nanoTime() - start;
            return result;
        }

        double seconds() {
            return nanos / 1e9;
        }
    }
}
